package nianbao.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import nianbao.infra.files.Directories;

/**
 * {@code java -jar local-stack-exec.jar [--wipe] [--data-dir DIR]}: starts the whole system on the local default
 * ports with its data in {@code DIR} (default {@code .nianbao} in the checkout) and runs until Ctrl-C.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = RepositoryRoot.find();
        Path dataDir = root.resolve(".nianbao");
        boolean wipe = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--wipe" -> wipe = true;
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    System.err.println("usage: nianbao-local [--wipe] [--data-dir DIR]");
                    System.exit(2);
                }
            }
        }
        if (wipe) {
            LocalStack.wipe(dataDir);
            System.out.println("wiped " + dataDir);
        }
        // before the first logger exists: logback.xml writes the infrastructure's logs there
        System.setProperty("nianbao.log.dir", Directories.create(dataDir.resolve("logs")).toString());

        System.out.println("starting the nianbao local stack (data in " + dataDir + ") ...");
        LocalStack stack = LocalStack.start(StackSettings.localDefaults(dataDir, root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the nianbao local stack ...");
            stack.close();
            stopped.countDown();
        }, "stop-local-stack"));

        System.out.printf("%nnianbao local stack is up (started in %.1f s)%n%s", stack.startupTime().toMillis() / 1000.0,
                stack.describe());
        Map<String, Long> memory = stack.residentMemoryBytes();
        long total = memory.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("  memory     %d MB resident in total (PSS):%n", total >> 20);
        memory.forEach((component, bytes) -> System.out.printf("               %5d MB  %s%n", bytes >> 20, component));
        System.out.println("Ctrl-C stops everything.");
        stopped.await();
    }
}
