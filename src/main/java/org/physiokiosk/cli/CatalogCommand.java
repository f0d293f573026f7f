package org.physiokiosk.cli;

import java.io.PrintWriter;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the catalogue's exercise ids and names, and its templates. */
@Command(name = "catalog", aliases = "catalogue", mixinStandardHelpOptions = true,
        description = "List exercise ids and names, and templates.")
final class CatalogCommand implements Runnable {

    private final Cli.Context context;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    CatalogCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        // Listing writes nothing: no database is created, and an existing one is only read.
        java.util.Optional<org.physiokiosk.catalog.Catalogue> read;
        try {
            read = Services.readCatalogue(context.paths(db.db), context.clock());
        } catch (org.physiokiosk.catalog.CatalogueException e) {
            throw new UsageError(e.getMessage());
        }
        if (read.isPresent()) {
            print(read.get());
            return;
        }
        try (Services services = context.open(db.db)) {
            print(services.catalogue());
        }
    }

    private void print(org.physiokiosk.catalog.Catalogue catalogue) {
        PrintWriter out = spec.commandLine().getOut();
        for (Exercise e : catalogue.exercises()) {
            out.printf("%-16s %-12s %s%s%s%n", e.id(), e.kind().id(), e.name(),
                    e.origin() == org.physiokiosk.catalog.Origin.CLINIC ? "  [clinic's own]" : "",
                    e.reviewed() ? "  [reviewed by " + e.reviewedBy() + ", " + e.reviewedOn() + "]" : "");
        }
        for (Template t : catalogue.templates()) {
            out.printf("%-16s %-12s %s (%d exercises)%s%n", t.id(), "template", t.name(), t.items().size(),
                    t.origin() == org.physiokiosk.catalog.Origin.CLINIC ? "  [clinic's own]" : "");
        }
    }
}
