# Build: Maven with the project's wrapper on a full JDK.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests

# Run: a JRE, a non-root user, the built-in database in the /app/data volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system rumourmill && useradd --system --gid rumourmill --home /app rumourmill \
    && mkdir -p /app/data && chown rumourmill:rumourmill /app/data
WORKDIR /app
COPY --from=build /src/target/rumourmill.jar /app/rumourmill.jar
COPY bot-config.yml /app/bot-config.yml
USER rumourmill
VOLUME /app/data
# Mount your own config over /app/bot-config.yml. The built-in H2 database (storage.url
# jdbc:h2:file:./data/rumourmill) lives in the /app/data volume; the token comes from the environment only.
ENV RUMOURMILL_CONFIG=/app/bot-config.yml \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
ENV RUMOURMILL_HEALTH_PORT=8081
# GET /health on loopback inside the container, with bash alone (no curl needed in the image).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/rumourmill.jar"]
CMD ["run"]
