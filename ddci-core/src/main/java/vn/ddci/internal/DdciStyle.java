package vn.ddci.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;

/**
 * The one Immutables style of the library (internal; not part of the API).
 *
 * <p>Its retention is {@link RetentionPolicy#SOURCE SOURCE} and the generated implementations are
 * package-private and overshadowed by their abstract types, so a user compiles against the abstract
 * types only and needs no Immutables on the class path. {@code allowedClasspathAnnotations} keeps
 * Immutables' own {@code @Generated} out of the class files, so that a consumer compiling with
 * {@code -Xlint:all -Werror} sees no "class file for ... not found" warning. Values compute their
 * hash code once ({@code prehash}): units, components and frameworks are map keys in every ranking.
 * No {@code with*} copy methods are generated ({@code copy = false}): they would override the
 * types' own, which clean their input. A builder missing a required attribute throws the library's
 * {@link DdciValidationException}, naming the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(prehash = true, copy = false),
    jdkOnly = false,
    typeImmutable = "Immutable*",
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = DdciValidationException.class,
    privateNoargConstructor = false)
public @interface DdciStyle {}
