package vn.kt1.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The project's components of a type, found without an application context in the class
 * files the application's component scan reads ({@code classpath*:vn/kt1/batch/**}), in the
 * same order, so the command line needs no list of its own. Cheaper than the scan: only the
 * class files that name the type are loaded and checked (a {@code @Component}, concrete,
 * top-level or static nested class of the type); the classes the scan would parse are not.
 */
final class ProjectComponents {

	private static final String PACKAGE = Kt1Application.class.getPackageName();

	private final List<Resource> classFiles;

	ProjectComponents() {
		try {
			this.classFiles = List.of(new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ClassUtils.convertClassNameToResourcePath(PACKAGE) + "/**/*.class"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the concrete {@code @Component} classes of this type, in the order of the scan */
	List<Class<?>> of(Class<?> type) {
		byte[] name = ClassUtils.convertClassNameToResourcePath(type.getName()).getBytes(StandardCharsets.UTF_8);
		List<Class<?>> components = new ArrayList<>();
		for (Resource classFile : this.classFiles) {
			if (contains(read(classFile), name)) {
				Class<?> candidate = load(classFile);
				if (type.isAssignableFrom(candidate) && isComponent(candidate)) {
					components.add(candidate);
				}
			}
		}
		return components;
	}

	private static boolean isComponent(Class<?> candidate) {
		return candidate.isAnnotationPresent(Component.class) && !candidate.isInterface()
				&& !Modifier.isAbstract(candidate.getModifiers())
				&& (candidate.getEnclosingClass() == null || Modifier.isStatic(candidate.getModifiers()));
	}

	private static Class<?> load(Resource classFile) {
		try {
			String path = classFile.getURL().toString();
			String resource = path.substring(path.lastIndexOf(ClassUtils.convertClassNameToResourcePath(PACKAGE) + "/"));
			return ClassUtils.forName(ClassUtils.convertResourcePathToClassName(resource.replace(".class", "")),
					ProjectComponents.class.getClassLoader());
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException("cannot load " + classFile, ex);
		}
	}

	private static byte[] read(Resource classFile) {
		try (InputStream in = classFile.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean contains(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
