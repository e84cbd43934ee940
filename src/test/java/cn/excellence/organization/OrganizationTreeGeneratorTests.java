package cn.excellence.organization;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class OrganizationTreeGeneratorTests {

    private static final Map<String, String> TOWNSHIP_COMMITTEES = Map.of(
            "wulashan", "乌拉山镇党委", "baiyanhua", "白彦花镇党委", "xinan", "新安镇党委",
            "xixiaozhao", "西小召镇党委", "xiaoshetai", "小佘太镇党委", "xianfeng", "先锋镇党委",
            "mingan", "明安镇党委", "dashetai", "大佘太镇党委", "eerdengbulage", "额尔登布拉格苏木党委");

    private final OrganizationTreeGenerator generator = new OrganizationTreeGenerator();
    private final List<Organization> organizations = generator.organizations();
    private final Map<String, Organization> byCode = organizations.stream()
            .collect(toMap(Organization::code, Function.identity(), (a, b) -> a));

    private List<Organization> grassroots() {
        return organizations.stream().filter(o -> !o.code().equals(OrganizationTreeGenerator.ROOT)).toList();
    }

    private Organization named(String name) {
        List<Organization> found = organizations.stream().filter(o -> o.name().equals(name)).toList();
        assertThat(found).as("organizations named %s", name).hasSize(1);
        return found.get(0);
    }

    @Test
    void treeHas548GrassrootsOrganizationsOfTheDocumentedKinds() {
        assertThat(grassroots()).hasSize(548);
        assertThat(grassroots().stream().collect(groupingBy(Organization::kind, counting()))).containsOnly(
                Map.entry(OrganizationKind.PARTY_COMMITTEE, 22L),
                Map.entry(OrganizationKind.GENERAL_BRANCH, 34L),
                Map.entry(OrganizationKind.BRANCH, 492L));
    }

    @Test
    void treeIsRootedAtTheBannerCommittee() {
        List<Organization> roots = organizations.stream().filter(o -> o.parentCode() == null).toList();
        assertThat(roots).singleElement().satisfies(root -> {
            assertThat(root.code()).isEqualTo(OrganizationTreeGenerator.ROOT);
            assertThat(root.kind()).isEqualTo(OrganizationKind.BANNER_COMMITTEE);
        });
    }

    @Test
    void ninetyThreeOrganizationsAreVillageOrganizations() {
        assertThat(organizations).filteredOn(Organization::village).hasSize(93)
                .allSatisfy(o -> assertThat(o.sector()).isEqualTo(Sector.VILLAGE));
    }

    @Test
    void theNineTownshipsCarryTheirRealNamesAndAreNotGenerated() {
        List<Organization> townships = organizations.stream()
                .filter(o -> OrganizationTreeGenerator.ROOT.equals(o.parentCode()) && o.sector() == Sector.TOWNSHIP)
                .toList();
        assertThat(townships.stream().collect(toMap(Organization::code, Organization::name)))
                .isEqualTo(TOWNSHIP_COMMITTEES);
        assertThat(townships).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(OrganizationKind.PARTY_COMMITTEE);
            assertThat(t.generated()).as("%s generated", t.name()).isFalse();
            assertThat(t.townshipCode()).isEqualTo(t.code());
        });
    }

    @Test
    void theTwoEnterpriseCommitteesOfTheDocumentArePresentAndNotGenerated() {
        for (String name : List.of("临海化工公司党委", "乌拉山化肥公司党委")) {
            Organization committee = named(name);
            assertThat(committee.kind()).isEqualTo(OrganizationKind.PARTY_COMMITTEE);
            assertThat(committee.parentCode()).isEqualTo(OrganizationTreeGenerator.ROOT);
            assertThat(committee.generated()).isFalse();
        }
    }

    @Test
    void sanhuVillageBranchBelongsToWulashan() {
        Organization sanhu = byCode.get("wulashan-sanhu");
        assertThat(sanhu).isNotNull();
        assertThat(sanhu.name()).contains("三湖村");
        assertThat(sanhu.parentCode()).isEqualTo("wulashan");
        assertThat(sanhu.townshipCode()).isEqualTo("wulashan");
        assertThat(sanhu.village()).isTrue();
        assertThat(sanhu.generated()).isFalse();
    }

    @Test
    void gongtianVillageIsAPartyCommitteeUnderXixiaozhao() {
        Organization gongtian = byCode.get("xixiaozhao-gongtian");
        assertThat(gongtian).isNotNull();
        assertThat(gongtian.name()).contains("公田村党委");
        assertThat(gongtian.kind()).isEqualTo(OrganizationKind.PARTY_COMMITTEE);
        assertThat(gongtian.parentCode()).isEqualTo("xixiaozhao");
        assertThat(gongtian.village()).isTrue();
        assertThat(gongtian.generated()).isFalse();
    }

    @Test
    void everyNameTheDocumentDoesNotGiveIsFlaggedGenerated() {
        Set<String> documented = Set.of("wulashan", "baiyanhua", "xinan", "xixiaozhao", "xiaoshetai", "xianfeng",
                "mingan", "dashetai", "eerdengbulage", "linhai-chem", "wulashan-fert", "wulashan-sanhu",
                "xixiaozhao-gongtian");
        assertThat(grassroots()).filteredOn(o -> !documented.contains(o.code()))
                .hasSize(548 - documented.size())
                .allSatisfy(o -> assertThat(o.generated()).as("%s (%s) generated", o.code(), o.name()).isTrue());
    }

    @Test
    void codesAreUnique() {
        assertThat(organizations).extracting(Organization::code).doesNotHaveDuplicates();
        assertThat(byCode).hasSameSizeAs(organizations);
    }

    @Test
    void everyPathExtendsItsParentsPath() {
        for (Organization o : grassroots()) {
            Organization parent = byCode.get(o.parentCode());
            assertThat(parent).as("parent of %s", o.code()).isNotNull();
            assertThat(o.path()).as("path of %s", o.code()).isEqualTo(parent.path() + o.code() + "/");
            assertThat(parent.contains(o)).isTrue();
            assertThat(o.contains(parent)).isFalse();
        }
    }

    @Test
    void membersNumber14210WithFarmersAndHerdersOnlyInVillageOrganizations() {
        List<PartyMember> members = generator.members();
        assertThat(members).hasSize(OrganizationTreeGenerator.MEMBERS).hasSize(14_210);
        assertThat(members).extracting(PartyMember::id).doesNotHaveDuplicates();
        assertThat(members).allSatisfy(m -> assertThat(byCode).containsKey(m.organizationCode()));

        List<PartyMember> farmersAndHerders = members.stream()
                .filter(m -> m.occupation().equals("FARMER_HERDER")).toList();
        assertThat(farmersAndHerders).hasSize(5_446)
                .allSatisfy(m -> assertThat(byCode.get(m.organizationCode()).sector())
                        .as("sector of %s", m.organizationCode()).isEqualTo(Sector.VILLAGE));
    }

    @Test
    void membersBelongToBranchesThatHaveNoSubordinateOrganizations() {
        Set<String> parents = organizations.stream().map(Organization::parentCode).collect(Collectors.toSet());
        assertThat(generator.members()).allSatisfy(m -> assertThat(parents).doesNotContain(m.organizationCode()));
    }

    @Test
    void generationIsDeterministic() {
        OrganizationTreeGenerator other = new OrganizationTreeGenerator();
        assertThat(other.organizations()).isEqualTo(organizations);
        assertThat(other.members()).isEqualTo(generator.members());
    }
}
