package vn.kt1.batch;

import picocli.CommandLine;

import org.springframework.context.ApplicationContext;

/** Creates nested picocli commands as Spring beans, so they get constructor injection. */
class SpringCommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	SpringCommandFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type.isAnnotationPresent(CommandLine.Command.class)) {
			return this.context.getAutowireCapableBeanFactory().createBean(type);
		}
		return CommandLine.defaultFactory().create(type);
	}

}
