package cn.excellence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Excellence (创先争优): the workflow application of the banner Party organization department. */
@SpringBootApplication
public class ExcellenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExcellenceApplication.class, args);
    }
}
