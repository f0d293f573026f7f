package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file placed for a record that then failed to commit is taken back, and a file it replaced comes back. */
class PlacementTest {

    @TempDir
    Path dir;

    @Test
    void undoingARefusedCommitRemovesTheNewFile() throws Exception {
        Path temp = Files.writeString(dir.resolve(".new.part"), "%PDF-new");
        Path target = dir.resolve("a.pdf");
        OutputGuard.Placement placement = new OutputGuard.Placement(target, false);
        placement.place(temp);
        assertThat(target).hasContent("%PDF-new");
        placement.undo();
        assertThat(target).doesNotExist();
    }

    @Test
    void undoingAReplacementPutsTheEarlierPdfBack() throws Exception {
        Path target = Files.writeString(dir.resolve("a.pdf"), "%PDF-earlier patient's handout");
        Path temp = Files.writeString(dir.resolve(".new.part"), "%PDF-new");
        OutputGuard.Placement placement = new OutputGuard.Placement(target, true);
        placement.place(temp);
        assertThat(target).hasContent("%PDF-new");
        placement.undo();
        assertThat(target).hasContent("%PDF-earlier patient's handout");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCommittedReplacementLeavesNoSecondName() throws Exception {
        Path target = Files.writeString(dir.resolve("a.pdf"), "%PDF-old");
        Path temp = Files.writeString(dir.resolve(".new.part"), "%PDF-new");
        OutputGuard.Placement placement = new OutputGuard.Placement(target, true);
        placement.place(temp);
        placement.done();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(target).hasContent("%PDF-new");
    }
}
