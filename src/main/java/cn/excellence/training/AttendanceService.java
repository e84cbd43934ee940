package cn.excellence.training;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.training.AttendanceImport.RowError;

/**
 * Attendance of a scheduled course: one person at a time, or a whole sheet from Excel, checked row by row and saved all or
 * nothing. Members come from the roster (by id, or by identity number) and must belong to the organizer or below; a
 * non-member attends by name and identity number. A person already recorded keeps one row: the same file twice changes nothing.
 */
@Service
public class AttendanceService {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(AttendanceService.class);

    private final TrainingRepository repository;
    private final TrainingAccess access;
    private final OrganizationService organizations;

    AttendanceService(TrainingRepository repository, TrainingAccess access, OrganizationService organizations) {
        this.repository = repository;
        this.access = access;
        this.organizations = organizations;
    }

    /** The course the user may record attendance for: they see it, they record, it is scheduled. */
    Course recordable(CurrentUser user, long courseId) {
        Course course = access.course(user, courseId);
        access.recorder(user);
        if (course.status() != CourseStatus.SCHEDULED) {
            throw ApiException.conflict("培训班“" + course.topic() + "”" + course.status().label() + "，尚未开设，不能登记参训。");
        }
        return course;
    }

    @Transactional
    public TrainingViews.AttendanceView record(CurrentUser user, long courseId, AttendanceRequest request) {
        Course course = recordable(user, courseId);
        if (request == null) {
            throw new TaskInputException("请提交参训人员（JSON：memberId，或 name 与 identityNumber）。");
        }
        BigDecimal hours = hours(course, request.hours());
        Organization organizer = organizations.get(course.organizerCode());
        Attendance attendance;
        if (request.memberId() != null) {
            MemberProfile member = organizations.member(request.memberId()).filter(m -> organizations.canSee(user, m.organizationCode()))
                    .orElseThrow(() -> ApiException.notFound("找不到编号为 " + request.memberId() + " 的党员，或您无权查看。"));
            attendance = ofMember(course, member, null, hours).orElseThrow(() -> outOfScope(organizer));
        } else {
            String name = TextRules.required(request.name(), "姓名", 1, 50);
            String identity = identity(request.identityNumber());
            MemberProfile member = organizations.membersByIdentityNumber(List.of(identity)).get(identity);
            attendance = member == null ? external(course, organizer, name, identity, hours)
                    : ofMember(course, member, identity, hours).orElseThrow(() -> outOfScope(organizer));
        }
        Map<String, Attendance> existing = existing(course.id());
        if (existing.containsKey(key(attendance))) {
            throw ApiException.conflict(attendance.name() + " 已登记参加本培训班。");
        }
        insert(List.of(attendance), user);
        Attendance saved = repository.attendanceOf(course.id()).stream().filter(a -> key(a).equals(key(attendance))).findFirst().orElseThrow();
        return view(saved);
    }

    @Transactional
    public void remove(CurrentUser user, long courseId, long attendanceId) {
        recordable(user, courseId);
        if (!repository.deleteAttendance(courseId, attendanceId)) {
            throw ApiException.notFound("本培训班没有编号为 " + attendanceId + " 的参训记录。");
        }
    }

    /** Checks the sheet and, when {@code apply} and no row has an error, saves it; with errors nothing is saved. */
    @Transactional
    public AttendanceImport importSheet(CurrentUser user, long courseId, long size, InputStream file, boolean apply) {
        Course course = recordable(user, courseId);
        if (size <= 0) {
            throw new TaskInputException("请选择要导入的 Excel 文件（.xlsx）。");
        }
        if (size > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大：最多 10 MB，请分成几个文件导入。");
        }
        List<AttendanceWorkbook.Row> rows = AttendanceWorkbook.read(file);
        List<RowError> errors = new ArrayList<>();
        List<Attendance> read = new AttendanceRows(course, organizations.get(course.organizerCode()), organizations).check(rows, errors);
        Map<String, Attendance> existing = existing(course.id());
        List<Attendance> inserts = new ArrayList<>();
        List<Attendance> updates = new ArrayList<>();
        int unchanged = 0;
        for (Attendance a : read) {
            Attendance before = existing.get(key(a));
            if (before == null) {
                inserts.add(a);
            } else if (before.hours().compareTo(a.hours()) == 0) {
                unchanged++;
            } else {
                updates.add(new Attendance(before.id(), before.courseId(), before.memberId(), before.identityNumber(), before.name(),
                        before.organizationCode(), before.townshipCode(), a.hours()));
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        boolean save = apply && errors.isEmpty();
        if (save) {
            insert(inserts, user);
            repository.updateHours(updates);
            log.info("{} imported attendance of course {}: {} rows, {} added, {} updated", user.userId(), course.id(), rows.size(),
                    inserts.size(), updates.size());
        }
        return new AttendanceImport(rows.size(), inserts.size(), updates.size(), unchanged, save, errors.size(),
                List.copyOf(errors.subList(0, Math.min(errors.size(), AttendanceImport.MAX_ERRORS))));
    }

    private void insert(List<Attendance> rows, CurrentUser user) {
        try {
            repository.insertAttendance(rows, user.userId(), TrainingAccess.now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("另一次登记刚刚写入了相同的参训人员，本次未保存任何数据，请刷新后重试。");
        }
    }

    private Map<String, Attendance> existing(long courseId) {
        Map<String, Attendance> byKey = new HashMap<>();
        repository.attendanceOf(courseId).forEach(a -> byKey.put(key(a), a));
        return byKey;
    }

    /** A person is one row per course: a member by id, an external attendee by identity number. */
    static String key(Attendance a) {
        return a.memberId() != null ? "m:" + a.memberId() : "id:" + a.identityNumber();
    }

    /** The member's attendance, if they belong to the organizer or below. */
    static Optional<Attendance> ofMember(Course course, MemberProfile member, String identity, BigDecimal hours, OrganizationService organizations) {
        Organization organizer = organizations.get(course.organizerCode());
        Organization own = organizations.get(member.organizationCode());
        return organizer.contains(own) ? Optional.of(new Attendance(0, course.id(), member.id(), identity, member.name(), own.code(),
                TrainingAccess.topLevel(own), hours)) : Optional.empty();
    }

    private Optional<Attendance> ofMember(Course course, MemberProfile member, String identity, BigDecimal hours) {
        return ofMember(course, member, identity, hours, organizations);
    }

    static Attendance external(Course course, Organization organizer, String name, String identity, BigDecimal hours) {
        return new Attendance(0, course.id(), null, identity, name, organizer.code(), TrainingAccess.topLevel(organizer), hours);
    }

    private static ApiException outOfScope(Organization organizer) {
        return new ApiException(HttpStatus.BAD_REQUEST, "该党员不属于主办组织“" + organizer.name() + "”及下级，不能登记参加本培训班。");
    }

    /** The hours attended: blank is the course's; never more than the course's. */
    static BigDecimal hours(Course course, BigDecimal hours) {
        if (hours == null) {
            return course.hours();
        }
        BigDecimal checked = CourseRequest.hours(hours, "学时");
        if (checked.compareTo(course.hours()) > 0) {
            throw new TaskInputException("学时 " + checked.toPlainString() + " 超过本培训班的 " + course.hours().toPlainString() + " 学时。");
        }
        return checked;
    }

    static String identity(String value) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException("请填写“公民身份号码”。");
        }
        String number = value.strip().toUpperCase(Locale.ROOT);
        OrganizationService.identityNumberProblem(number).ifPresent(problem -> {
            throw new TaskInputException(problem);
        });
        return number;
    }

    static TrainingViews.AttendanceView view(Attendance a) {
        return new TrainingViews.AttendanceView(a.id(), a.memberId(), a.name(), TrainingViews.masked(a.identityNumber()), a.organizationCode(),
                a.memberId() == null, a.hours());
    }
}
