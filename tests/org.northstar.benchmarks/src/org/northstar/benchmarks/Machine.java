package org.northstar.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** What the figures were measured on: CPU, cores, memory, Java. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", Java "
				+ System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version") + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + collector();
	}

	/** The garbage collector and its options: they move the large workspaces' figures by a quarter. */
	private static String collector() {
		String names = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
				.collect(Collectors.joining(" + "));
		String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(option -> option.startsWith("-XX:") && (option.contains("GC") || option.contains("Tenuring")))
				.collect(Collectors.joining(" "));
		return "collector " + names + (options.isEmpty() ? "" : " (" + options + ")");
	}

	/** The load averages over 1, 5 and 15 minutes (other work on the machine makes figures noisy). */
	static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		} catch (IOException | ArrayIndexOutOfBoundsException e) {
			return "unknown";
		}
	}

	private static String cpu() {
		return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
	}

	private static String memory() {
		return firstValue(Path.of("/proc/meminfo"), "MemTotal")
				.map(kb -> Math.round(Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1048576.0) + " GiB RAM").orElse("RAM unknown");
	}

	private static java.util.Optional<String> firstValue(Path file, String key) {
		try {
			return Files.readAllLines(file).stream().filter(line -> line.startsWith(key)).findFirst()
					.map(line -> line.substring(line.indexOf(':') + 1).trim());
		} catch (IOException e) {
			return java.util.Optional.empty();
		}
	}
}
