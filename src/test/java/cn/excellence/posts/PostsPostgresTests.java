package cn.excellence.posts;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 设岗定责 and 一书一卡一簿 on a real PostgreSQL: the capacity race, the public rate limit, the report. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class PostsPostgresTests extends PostsTests {
}
