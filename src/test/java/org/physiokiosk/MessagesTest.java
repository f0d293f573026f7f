package org.physiokiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyMessageShowsPlainApostrophesAndNoLeftoverPlaceholders() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.physiokiosk.messages", Locale.ROOT);
        for (String key : bundle.keySet()) {
            String shown = Messages.get(key, 1, 2, 3, 4, 5);
            assertThat(shown).as(key).doesNotContain("''").doesNotContain("{0").doesNotContain("{1");
        }
        assertThat(Messages.get("plan.items")).isEqualTo("This patient's plan");
    }
}
