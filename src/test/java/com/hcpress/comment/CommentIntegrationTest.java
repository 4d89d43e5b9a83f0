package com.hcpress.comment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.Verifications;

/**
 * The whole application as {@link HcpressIntegrationTest} starts it, with readers who passed the
 * gate made on demand by {@link TestReaders}. All comment test classes share this one context.
 * <p>
 * Until the verification feature is merged, no reader can be approved for real: {@code
 * Verifications} answers "approved" for the readers {@link TestReaders} approves (demo reader@
 * included) and "none" for everyone else. Once it is merged, drop the mock and approve through it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@HcpressIntegrationTest
@MockitoBean(types = Verifications.class, reset = MockReset.NONE)
@Import({TestReaders.class, Recount.class})
public @interface CommentIntegrationTest {
}
