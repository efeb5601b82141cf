package org.northstar.dsl.ide.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client as the server sees it, with every {@code textDocument/publishDiagnostics} of an open
 * document carrying the version of the text it was computed from (LSP 3.15). Xtext publishes
 * without a version, so a client that had already sent a newer text could not tell the late
 * problems of the old one (their lines and columns no longer fit) from the current ones. Everything
 * else passes to the client unchanged; a proxy, because Xtext and our services reach the client
 * through every interface it implements (those our bundle can see).
 */
final class VersionedDiagnostics implements InvocationHandler {

	private final LanguageClient client;
	private final Function<String, Integer> openVersion;

	private VersionedDiagnostics(LanguageClient client, Function<String, Integer> openVersion) {
		this.client = client;
		this.openVersion = openVersion;
	}

	/** @param openVersion the client's version of an open document by its URI, null for other files */
	static LanguageClient wrap(LanguageClient client, Function<String, Integer> openVersion) {
		ClassLoader loader = VersionedDiagnostics.class.getClassLoader();
		Set<Class<?>> interfaces = new LinkedHashSet<>();
		interfaces.add(LanguageClient.class);
		for (Class<?> type = client.getClass(); type != null; type = type.getSuperclass()) {
			for (Class<?> implemented : type.getInterfaces()) {
				if (Modifier.isPublic(implemented.getModifiers()) && visible(implemented, loader)) {
					interfaces.add(implemented);
				}
			}
		}
		return (LanguageClient) Proxy.newProxyInstance(loader, interfaces.toArray(Class<?>[]::new),
				new VersionedDiagnostics(client, openVersion));
	}

	private static boolean visible(Class<?> type, ClassLoader loader) {
		try {
			return Class.forName(type.getName(), false, loader) == type;
		} catch (ClassNotFoundException e) {
			return false;
		}
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
		if ("publishDiagnostics".equals(method.getName()) && arguments != null && arguments.length == 1
				&& arguments[0] instanceof PublishDiagnosticsParams params && params.getVersion() == null) {
			params.setVersion(openVersion.apply(params.getUri()));
		}
		try {
			return method.invoke(client, arguments);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
