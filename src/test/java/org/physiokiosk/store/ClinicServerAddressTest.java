package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A clinic server's address carries where the server is and how to reach it safely, and nothing the driver would act on. */
class ClinicServerAddressTest {

    @Test
    void aKeysPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ClinicServerAddress.parse(
                "postgresql://clinic-server/physio?sslmode=verify-full&sslkey=/home/kim/pc.key&sslpassword=Tulip-7-Otter"))
                .isInstanceOf(StoreException.Refused.class)
                .hasMessageContaining("Do not put the password of a TLS key")
                .hasMessageNotContaining("Tulip-7-Otter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory=org.example.Evil", "sslfactory=org.example.Evil", "loggerFile=/tmp/pg.log",
            "loggerLevel=TRACE", "authenticationPluginClassName=org.example.Evil", "sslpasswordcallback=x.Y",
            "sslhostnameverifier=x.Y"})
    void aSettingThatWouldLoadAClassOrWriteAFileIsRefused(String setting) {
        String name = setting.substring(0, setting.indexOf('='));
        assertThatThrownBy(() -> ClinicServerAddress.parse("postgresql://clinic-server/physio?" + setting))
                .isInstanceOf(StoreException.Refused.class)
                .hasMessageContaining("'" + name + "' is not a setting Physio Kiosk passes to the server");
    }

    @Test
    void aTimeLimitThatIsNotANumberIsRefusedBeforeTheDriverSeesIt() {
        assertThatThrownBy(() -> ClinicServerAddress.parse("postgresql://clinic-server/physio?loginTimeout=abc"))
                .isInstanceOf(StoreException.Refused.class)
                .hasMessageContaining("loginTimeout must be a whole number of seconds");
    }

    @Test
    void theSettingsAClinicNeedsForTlsAndASchemaPassThrough() {
        ClinicServerAddress a = ClinicServerAddress.parse("postgresql://clinic-server:5433/physio?sslmode=verify-full"
                + "&sslrootcert=/etc/physio/root.crt&sslcert=/etc/physio/pc.crt&sslkey=/etc/physio/pc.key"
                + "&connectTimeout=3&currentSchema=clinic");
        assertThat(a.toString()).isEqualTo("clinic-server:5433/physio");
        assertThat(a.jdbcUrl(Map.of())).isEqualTo("jdbc:postgresql://clinic-server:5433/physio?sslmode=verify-full"
                + "&sslrootcert=/etc/physio/root.crt&sslcert=/etc/physio/pc.crt&sslkey=/etc/physio/pc.key"
                + "&connectTimeout=3&currentSchema=clinic");
    }
}
