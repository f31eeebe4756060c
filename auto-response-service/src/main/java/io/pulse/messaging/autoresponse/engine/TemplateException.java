package io.pulse.messaging.autoresponse.engine;

/** A template that cannot be saved: what is wrong and where (0-based offset; 1-based line and column). */
public class TemplateException extends IllegalArgumentException {

    private final int offset;
    private final int line;
    private final int column;
    private final String problem;

    TemplateException(String problem, String source, int offset) {
        super(problem + " at line " + lineOf(source, offset) + ", column " + columnOf(source, offset) + " (offset " + offset + ")");
        this.problem = problem;
        this.offset = offset;
        this.line = lineOf(source, offset);
        this.column = columnOf(source, offset);
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String source, int offset) {
        int lastNewline = offset == 0 ? -1 : source.lastIndexOf('\n', Math.min(offset, source.length()) - 1);
        return offset - lastNewline;
    }
}
