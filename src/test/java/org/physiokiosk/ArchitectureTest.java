package org.physiokiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the design: domain free of Swing, JDBC, iText and decoding; SQL only in the store. */
@AnalyzeClasses(packages = "org.physiokiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "org.physiokiosk.catalog..", "org.physiokiosk.patient..", "org.physiokiosk.plan..", "org.physiokiosk.notes..",
        "org.physiokiosk.clinic..", "org.physiokiosk.audit..", "org.physiokiosk.staff.."};

    @ArchTest
    static final ArchRule domainDoesNotUseSwingJdbcOrItext = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "java.sql..",
                    "org.sqlite..", "com.itextpdf..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule domainDoesNotReachOutward = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.physiokiosk.store..", "org.physiokiosk.kiosk..",
                    "org.physiokiosk.handout..", "org.physiokiosk.cli..", "org.physiokiosk.app..", "org.physiokiosk.wiring..");

    /** Pictures are checked from their bytes in plain Java; only PictureDecoding decodes, never for the domain. */
    @ArchTest
    static final ArchRule onlyPictureDecodingDecodesPictures = noClasses()
            .that().resideInAnyPackage(DOMAIN).or().resideInAPackage("org.physiokiosk.pictures..")
            .and().doNotHaveFullyQualifiedName("org.physiokiosk.pictures.PictureDecoding")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.physiokiosk.pictures.PictureDecoding");

    /** The figure model is plain Java: pose data in, SVG text out; drawing it is the kiosk's and the handout's job. */
    @ArchTest
    static final ArchRule theFigureModelIsPlainJava = noClasses().that().resideInAPackage("org.physiokiosk.pictures.figure..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "javax.imageio..",
                    "java.sql..", "com.itextpdf..", "org.apache.pdfbox..", "com.github.weisj..",
                    "org.physiokiosk.store..", "org.physiokiosk.kiosk..", "org.physiokiosk.handout..",
                    "org.physiokiosk.cli..", "org.physiokiosk.app..", "org.physiokiosk.wiring..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesJdbc = noClasses().that().resideOutsideOfPackage("org.physiokiosk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheHandoutAndRecordUseItext = noClasses()
            .that().resideOutsideOfPackages("org.physiokiosk.handout..", "org.physiokiosk.record..")
            .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..");

    @ArchTest
    static final ArchRule theUiDoesNotTouchTheStoreInternals = noClasses().that().resideInAPackage("org.physiokiosk.kiosk..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.physiokiosk.store.Database");

    @ArchTest
    static final ArchRule onlyTheKioskUsesSwing = noClasses().that().resideOutsideOfPackage("org.physiokiosk.kiosk..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "net.miginfocom..");

    /** Packages depend on each other one way only: no package reaches back to one that uses it. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.physiokiosk.(*)..").should().beFreeOfCycles();

    /**
     * The kiosk and the command line call the services (which check the role and write the audit row), never the
     * store: no repository, no Database, no Backups. They may name the store's exceptions (what went wrong, in
     * words), OutputGuard (where a file may go) and ClinicServerAddress (where the server is), which touch no record.
     */
    @ArchTest
    static final ArchRule theKioskAndTheCommandLineNeverReachTheStore = noClasses()
            .that().resideInAnyPackage("org.physiokiosk.kiosk..", "org.physiokiosk.cli..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("the store",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.physiokiosk.store")
                            && !c.isAssignableTo(RuntimeException.class)
                            && !c.getName().startsWith("org.physiokiosk.store.OutputGuard")
                            && !c.getSimpleName().equals("ClinicServerAddress")
                            && !c.getSimpleName().equals("Problems")));
}
