package vn.kt1.batch;

import java.util.List;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The project's components of a type, found without an application context by the
 * classpath scan the application's own component scan does ({@code @Component} classes
 * under this package, in the same order), so the command line needs no list of its own.
 */
final class ProjectComponents {

	private final MetadataReaderFactory readers = new CachingMetadataReaderFactory();

	/** @return the concrete {@code @Component} classes of this type, in the order of the scan */
	List<Class<?>> of(Class<?> type) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		scanner.setMetadataReaderFactory(this.readers);
		AssignableTypeFilter ofType = new AssignableTypeFilter(type);
		scanner.addExcludeFilter((reader, factory) -> !ofType.match(reader, factory));
		ClassLoader loader = ProjectComponents.class.getClassLoader();
		return scanner.findCandidateComponents(Kt1Application.class.getPackageName())
			.stream()
			.<Class<?>>map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
			.toList();
	}

}
