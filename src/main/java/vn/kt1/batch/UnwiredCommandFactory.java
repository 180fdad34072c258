package vn.kt1.batch;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import picocli.CommandLine;

/**
 * Creates commands without Spring, only for picocli to read their options, defaults and help;
 * the commands created are never called. A command's constructor only keeps its
 * collaborators, so each argument is {@code null} (or zero), except a {@code List<T>}: it
 * holds the project's components of type {@code T} that take no constructor argument (the
 * job definitions whose parameters {@code kt1 run --help} lists).
 */
final class UnwiredCommandFactory implements CommandLine.IFactory {

	private final ProjectComponents components;

	UnwiredCommandFactory(ProjectComponents components) {
		this.components = components;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		return create(type, this::argument);
	}

	/**
	 * @param type a command, or another class picocli creates (a converter, a mixin)
	 * @param argument the value of each of the command's constructor parameters
	 * @return a command created by the constructor Spring would choose (the only one, else the
	 * one without arguments); any other class as picocli creates it
	 */
	static <K> K create(Class<K> type, Function<Parameter, Object> argument) throws Exception {
		if (!type.isAnnotationPresent(CommandLine.Command.class)) {
			return CommandLine.defaultFactory().create(type);
		}
		Constructor<?>[] constructors = type.getDeclaredConstructors();
		Constructor<?> constructor = (constructors.length == 1) ? constructors[0] : type.getDeclaredConstructor();
		constructor.setAccessible(true);
		return type.cast(constructor.newInstance(Arrays.stream(constructor.getParameters()).map(argument).toArray()));
	}

	private Object argument(Parameter parameter) {
		if (parameter.getType().isPrimitive()) {
			return Array.get(Array.newInstance(parameter.getType(), 1), 0);
		}
		if (parameter.getType() == List.class
				&& parameter.getParameterizedType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> elementType) {
			return this.components.of(elementType).stream().map(UnwiredCommandFactory::withoutArguments)
				.filter(Objects::nonNull).toList();
		}
		return null;
	}

	/** @return an instance made by the class's constructor without arguments, or null if it has none */
	private static Object withoutArguments(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot create " + type.getName(), ex);
		}
	}

}
