package cn.excellence.guidance;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.excellence.shared.jdbc.SetupLock;

/** The demo profile's instructors and liaison (README): registered as guidance staff once the demo users exist. */
@Component
@Order(3)
@ConditionalOnProperty(name = "excellence.demo.enabled", havingValue = "true")
class GuidanceDemoStaff implements ApplicationRunner {

    static final List<StaffRequest> STAFF = List.of(
            new StaffRequest("instructor-wulashan", "乌拉山镇党委活动指导员", StaffKind.TOWNSHIP_INSTRUCTOR.name(), List.of("wulashan"), false),
            new StaffRequest("instructor-sanhu", "三湖村活动指导员", StaffKind.VILLAGE_INSTRUCTOR.name(), List.of("wulashan-sanhu"), false),
            new StaffRequest("liaison-sanhu", "三湖村党组织联络员", StaffKind.LIAISON.name(), List.of("wulashan-sanhu"), false));

    private final GuidanceService guidance;
    private final SetupLock setup;

    GuidanceDemoStaff(GuidanceService guidance, SetupLock setup) {
        this.guidance = guidance;
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.run(() -> STAFF.stream().filter(s -> !guidance.isRegistered(s.userId())).forEach(s -> guidance.record(s, "system")));
    }
}
