package nianbao.parse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** parse-service: report-submitted → (extract, read tables and narrative) → report-parsed. */
@SpringBootApplication
public class ParseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParseServiceApplication.class, args);
    }
}
