package cn.excellence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.excellence.shared.calendar.BeijingTime;

/** Excellence (创先争优): the workflow application of the banner Party organization department. */
@SpringBootApplication
public class ExcellenceApplication {

    public static void main(String[] args) {
        BeijingTime.pin();
        SpringApplication.run(ExcellenceApplication.class, args);
    }
}
