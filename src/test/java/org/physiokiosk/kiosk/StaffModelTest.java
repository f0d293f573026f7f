package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;

class StaffModelTest {

    private final StaffModel model = new StaffModel();
    private final StaffMember kim = new StaffMember(1, "kim", "Kim Park", Role.ADMINISTRATOR, true, false);
    private final StaffMember lee = new StaffMember(2, "lee", "Lee Wu", Role.CLINICIAN, true, true);
    private final StaffMember max = new StaffMember(3, "max", "Max Roe", Role.FRONT_DESK, false, false);

    @Test
    void whatTheButtonsMayDoFollowsTheChosenAccount() {
        model.loaded(List.of(kim, lee, max), "kim");
        assertThat(model.chosen()).isEmpty();
        assertThat(model.canResetSecret() || model.canUnlock() || model.canRetire() || model.canChangeRole()).isFalse();
        // One's own account: a new PIN, but not one's own role or retirement.
        model.choose(0);
        assertThat(model.canResetSecret()).isTrue();
        assertThat(model.canChangeRole() || model.canRetire() || model.canUnlock()).isFalse();
        // Someone locked out.
        model.choose(1);
        assertThat(model.canUnlock() && model.canRetire() && model.canChangeRole() && model.canResetSecret()).isTrue();
        // Retired: nothing more to do to it.
        model.choose(2);
        assertThat(model.canResetSecret() || model.canUnlock() || model.canRetire() || model.canChangeRole()).isFalse();
    }

    @Test
    void theChoiceSurvivesAFreshReadAndRowsSayLockedOrRetired() {
        model.loaded(List.of(kim, lee), "kim");
        model.choose(1);
        StaffMember unlocked = new StaffMember(2, "lee", "Lee Wu", Role.CLINICIAN, true, false);
        model.loaded(List.of(kim, new StaffMember(4, "ann", "Ann Ho", Role.FRONT_DESK, true, false), unlocked), "kim");
        assertThat(model.chosen()).contains(unlocked);
        assertThat(StaffModel.row(lee)).isEqualTo("Lee Wu (lee)\u2002\u00b7\u2002clinician\u2002\u00b7\u2002locked "
                + "after failed sign-ins");
        assertThat(StaffModel.row(max)).endsWith("front desk\u2002\u00b7\u2002retired: cannot sign in");
        assertThat(StaffModel.row(kim)).isEqualTo("Kim Park (kim)\u2002\u00b7\u2002administrator");
        model.failed("Choose digits with no pattern.");
        assertThat(model.problem()).isTrue();
        model.done("Lee Wu can sign in again.");
        assertThat(model.problem()).isFalse();
    }
}
