package org.northstar.metrics.data;

import java.util.List;
import java.util.stream.Collectors;

/** A data source could not be loaded; nothing of it was. Carries every problem found, in file order. */
public final class DataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<DataProblem> problems;

	public DataException(List<DataProblem> problems) {
		super(problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public DataException(DataProblem problem) {
		this(List.of(problem));
	}

	public List<DataProblem> problems() {
		return problems;
	}
}
