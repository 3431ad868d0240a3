package io.netlink4j.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to the real kernel. Tests get fresh throwaway namespaces from
 * {@link Sandbox} (a parameter) and never touch the machine's own. Without root
 * (CAP_NET_ADMIN and CAP_SYS_ADMIN) they are skipped with a reason; with {@code CI=true}
 * they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("kernel")
@ExtendWith(SandboxExtension.class)
public @interface KernelTest {
}
