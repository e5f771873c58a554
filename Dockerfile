# syntax=docker/dockerfile:1
# The four service images from one build: docker compose builds each with `target: <service>`, sharing the build stage.
#   docker build --target ingest-service -t nianbao/ingest-service .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# the Maven repository is a build cache, not part of any image
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -q -B -DskipTests -pl ingest-service,parse-service,validate-service,notify-service -am package \
 && mkdir /jars && for s in ingest-service parse-service validate-service notify-service; do \
      cp "$s"/target/"$s"-*-exec.jar /jars/"$s".jar; done

FROM eclipse-temurin:17-jre AS service
RUN useradd --system --uid 10001 nianbao
WORKDIR /app
USER nianbao
# Avro refuses to deserialize generated classes outside its trusted packages
ENV JAVA_TOOL_OPTIONS="-Dorg.apache.avro.SERIALIZABLE_PACKAGES=nianbao.events -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]

FROM service AS ingest-service
COPY --from=build /jars/ingest-service.jar /app/service.jar
EXPOSE 8080

FROM service AS parse-service
COPY --from=build /jars/parse-service.jar /app/service.jar
EXPOSE 8081

FROM service AS validate-service
COPY --from=build /jars/validate-service.jar /app/service.jar
EXPOSE 8082

FROM service AS notify-service
COPY --from=build /jars/notify-service.jar /app/service.jar
EXPOSE 8083
