package cn.excellence.benchmark;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The benchmark's databases: a fresh in-memory H2 or a fresh database on the JVM's embedded PostgreSQL, pooled as in production. */
enum Databases {

    H2, POSTGRES;

    /** A new, empty database of this kind behind a Hikari pool (Spring Boot's default pool, ten connections). */
    HikariDataSource create(String purpose) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(purpose + "-" + name().toLowerCase());
        pool.setMaximumPoolSize(10);
        if (this == H2) {
            pool.setJdbcUrl("jdbc:h2:mem:" + purpose + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
            pool.setUsername("sa");
            pool.setPassword("");
            return pool;
        }
        String database = purpose.replace('-', '_') + "_" + UUID.randomUUID().toString().substring(0, 8);
        DataSource server = EmbeddedPostgresConfiguration.server().getPostgresDatabase();
        JdbcClient.create(server).sql("create database " + database).update();
        pool.setJdbcUrl(EmbeddedPostgresConfiguration.server().getJdbcUrl("postgres", database));
        pool.setUsername("postgres");
        return pool;
    }

    String label() {
        return this == H2 ? "H2" : "PostgreSQL";
    }
}
