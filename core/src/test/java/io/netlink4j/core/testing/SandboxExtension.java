package io.netlink4j.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension behind {@link KernelTest}: checks privileges, hands each test a
 * {@link Sandbox}, and removes every namespace the sandbox made after the test, pass or fail.
 */
public final class SandboxExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SandboxExtension.class);
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_SYS_ADMIN = 21;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missingPrivilege();
        if (missing == null) {
            Sandbox.sweepStale();
            return ConditionEvaluationResult.enabled("root with CAP_NET_ADMIN and CAP_SYS_ADMIN");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("kernel tests need root (" + missing + ") and CI=true forbids skipping them");
        }
        return ConditionEvaluationResult.disabled("kernel test skipped: " + missing
                + " (run as root, or set CI=true to make this a failure)");
    }

    /** Null when the process may create namespaces and configure them; else what is missing. */
    static String missingPrivilege() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    if ((caps & (1L << CAP_NET_ADMIN)) == 0) {
                        return "no CAP_NET_ADMIN";
                    }
                    if ((caps & (1L << CAP_SYS_ADMIN)) == 0) {
                        return "no CAP_SYS_ADMIN (needed for setns/unshare/mount)";
                    }
                    return null;
                }
            }
            return "cannot read capabilities";
        } catch (IOException e) {
            return "cannot read /proc/self/status: " + e.getMessage();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(STORE).computeIfAbsent("sandbox", k -> new Sandbox(), Sandbox.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Sandbox s = context.getStore(STORE).remove("sandbox", Sandbox.class);
        if (s != null) {
            s.close();
        }
    }
}
