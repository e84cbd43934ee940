package cn.excellence.posts;

/** A post (岗位) of a village or community organization for a year: its duties and how many members it takes. */
record Post(long id, String organizationCode, int year, String name, String duties, int capacity, int claimed, boolean active) {

    int free() {
        return active ? capacity - claimed : 0;
    }
}
