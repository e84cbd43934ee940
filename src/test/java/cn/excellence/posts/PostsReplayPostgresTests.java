package cn.excellence.posts;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The source's 109 members and 122 posts, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class PostsReplayPostgresTests extends PostsReplayTests {
}
