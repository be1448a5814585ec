package org.planindicators.validation.internal.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.JsonProblem;
import org.planindicators.validation.Location;

import org.planindicators.validation.internal.Reasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads the bytes of a JSON document into a tree of {@link Json} values in one streaming pass, recording where each
 * value starts and which container holds it (pointers are made from that only when a problem needs one). Refuses,
 * with a problem each: an empty file, binary bytes, bytes that are not UTF-8 (or not the encoding given), syntax
 * errors, a truncated document, content after the document, duplicate properties, numbers in exponent notation, NaN
 * and infinities, and input beyond the read limits.
 *
 * <p>Limits: {@value #MAX_NESTING_DEPTH} levels of nesting, numbers of at most {@value #MAX_NUMBER_LENGTH}
 * characters, strings of at most {@value #MAX_STRING_LENGTH} characters, property names of at most {@value
 * #MAX_NAME_LENGTH} characters, at most {@value #MAX_TOKENS} tokens, and the document no longer than the file size
 * limit. Time and memory are bounded by these and by the size of the input.
 */
public final class DocumentReader {
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number token read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /**
     * The most tokens read (names, values, brackets): two million, some tens of thousands of indicators. Bounds the
     * memory the tree of values takes, whatever the size limit of files.
     */
    public static final long MAX_TOKENS = 2_000_000;

    /**
     * A document read: its root value, {@code null} when it could not be read (problems reported). Values are found
     * by pointer with {@link Pointers#nearest(Json, String)}.
     *
     * @param root the document, or {@code null}
     */
    public record Document(Json.@Nullable Obj root) {
    }

    private static final Document NONE = new Document(null);

    private final String file;
    private final OrderedProblems problems;
    /** The parser factory; {@code null} for a reader that only decodes bytes or reads a subtree. */
    private final @Nullable JsonFactory factory;
    /**
     * Where the reader is, for the problems of the parser: in the container {@code whereIn} ({@code null}: the
     * document), at its member {@code whereName} or element {@code whereIndex} (neither: the container itself).
     */
    private @Nullable Json whereIn;
    private @Nullable String whereName;
    private int whereIndex = -1;
    private String text = "";

    private DocumentReader(String file, OrderedProblems problems, @Nullable JsonFactory factory) {
        this.file = file;
        this.problems = problems;
        this.factory = factory;
    }

    /** The parser factory of plan documents: the read limits above, NaN and infinities read as tokens. */
    static JsonFactory factory(long maxDocumentLength) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(maxDocumentLength)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                // Read NaN and infinities as tokens so that they get a problem of their own, with a location.
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    /**
     * Reads {@code bytes}, the whole file, in {@code encoding} ({@code null}: UTF-8, as JSON requires, a byte-order
     * mark allowed). Problems go to {@code problems}.
     */
    public static Document read(byte[] bytes, @Nullable Charset encoding, String file, OrderedProblems problems,
            long maxDocumentLength) {
        Objects.requireNonNull(bytes, "bytes");
        DocumentReader r = new DocumentReader(file, problems, factory(maxDocumentLength));
        String text = r.decode(bytes, encoding);
        if (text == null) {
            return NONE;
        }
        return r.parse(text);
    }

    /**
     * The text of {@code bytes}, the whole file, in {@code encoding} ({@code null}: UTF-8, as JSON requires, a
     * byte-order mark allowed), without its byte-order mark; {@code null} when it cannot be decoded (an empty file,
     * binary bytes, bytes not in the encoding), the problem reported. {@link #read(byte[], Charset, String,
     * OrderedProblems, long)} is this and then {@link #parse(String, String, OrderedProblems, long)}.
     */
    public static @Nullable String text(byte[] bytes, @Nullable Charset encoding, String file,
            OrderedProblems problems) {
        Objects.requireNonNull(bytes, "bytes");
        return new DocumentReader(file, problems, null).decode(bytes, encoding);
    }

    /** Reads the document {@code text} as {@link #text(byte[], Charset, String, OrderedProblems)} gives it. */
    public static Document parse(String text, String file, OrderedProblems problems, long maxDocumentLength) {
        Objects.requireNonNull(text, "text");
        return new DocumentReader(file, problems, factory(maxDocumentLength)).parse(text);
    }

    /**
     * Reads the object whose first token {@code p} is at into a tree of its own (its pointers start at the object),
     * reporting to {@code problems} what {@link #read} would report inside it (duplicates, exponents, NaN); the
     * parser's exceptions are thrown.
     */
    static Json.Obj subtree(JsonParser p, OrderedProblems problems) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("not at an object: " + p.currentToken());
        }
        DocumentReader r = new DocumentReader(problems.file(), problems, null);
        return (Json.Obj) r.readValue(p, JsonToken.START_OBJECT, null, null, -1);
    }

    /** Reads a document already decoded. */
    public static Document read(String text, String file, OrderedProblems problems, long maxDocumentLength) {
        Objects.requireNonNull(text, "text");
        DocumentReader r = new DocumentReader(file, problems, factory(maxDocumentLength));
        if (text.isEmpty()) {
            problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
            return NONE;
        }
        return r.parse(text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
    }

    private @Nullable String decode(byte[] bytes, @Nullable Charset encoding) {
        if (bytes.length == 0) {
            problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
            return null;
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
        boolean utf16 = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        int start = 0;
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 2 && (bytes[0] & 0xFF) < 0xFE) {
            // The common case in one copy: String's decoder replaces every malformed sequence by U+FFFD and turns a
            // zero byte into U+0000, so a text with neither came from well-formed UTF-8 without zero bytes and is
            // what the checks below would give. A text with either (bad bytes, or a U+FFFD written in the document)
            // goes through those checks, which tell them apart and report.
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0 && text.indexOf('\u0000') < 0) {
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
        }
        if (encoding == null && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            // A UTF-16 byte-order mark: JSON exchanged between systems is UTF-8 (RFC 8259 §8.1).
            problems.add(FileProblem.BAD_ENCODING, Location.ofFile(file), null, null, "UTF-8", 0);
            return null;
        }
        if (!utf16) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    problems.add(FileProblem.BINARY, Location.ofFile(file), null, null, i);
                    return null;
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length - start) * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            problems.add(FileProblem.BAD_ENCODING, placeOfByte(bytes, start, offset, charset), null, null,
                    charset.name(), offset);
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    /** The line and column of the byte at {@code offset}, the bytes before it being good text in {@code charset}. */
    private Location placeOfByte(byte[] bytes, int start, int offset, Charset charset) {
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return Location.ofFile(file);
        }
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, charset).length() + 1;
        return Location.at(file, line, column);
    }

    private Document parse(String text) {
        this.text = text;
        JsonParser p = Objects.requireNonNull(factory, "factory").createParser(ObjectReadContext.empty(), text);
        Json.Obj root = null;
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
                return NONE;
            }
            Json value = readValue(p, t, null, null, -1);
            whereAt(null);
            checkEnd(p);
            if (value instanceof Json.Obj o) {
                root = o;
            } else {
                problems.add(JsonProblem.WRONG_TYPE, at(value), null, value.quote(), "(document)", "object",
                        value.typeName());
            }
        } catch (StreamConstraintsException e) {
            limitExceeded(e, p);
            return NONE;
        } catch (JacksonException e) {
            String message = clean(e);
            String where = where();
            if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input")) {
                problems.add(JsonProblem.UNEXPECTED_END, place(where, text.length()), field(where), null, message);
            } else {
                problems.add(JsonProblem.SYNTAX, at(e, p, where), field(where), null, message);
            }
            return NONE;
        }
        return new Document(root);
    }

    /** The reader is at the container {@code in} itself ({@code null}: the document). */
    private void whereAt(@Nullable Json in) {
        whereIn = in;
        whereName = null;
        whereIndex = -1;
    }

    /** The pointer of where the reader is. */
    private String where() {
        if (whereIn == null) {
            return "";
        }
        if (whereName != null) {
            return Pointers.child(whereIn.pointer(), whereName);
        }
        return whereIndex >= 0 ? Pointers.child(whereIn.pointer(), whereIndex) : whereIn.pointer();
    }

    private void checkEnd(JsonParser p) {
        whereAt(null);
        TokenStreamLocation location;
        try {
            if (p.nextToken() == null) {
                return;
            }
            location = p.currentTokenLocation();
        } catch (JacksonException e) {
            location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        }
        problems.add(JsonProblem.TRAILING_CONTENT, place("", location), null, null);
    }

    /**
     * Reads the value starting at token {@code t}: the document ({@code parent} null), the member {@code name} of
     * {@code parent}, or its element {@code index}. The caller has set where the reader is to that place, and sets it
     * back to itself after.
     */
    private Json readValue(JsonParser p, JsonToken t, @Nullable Json parent, @Nullable String name, int index) {
        TokenStreamLocation loc = p.currentTokenLocation();
        int line = Math.max(1, loc.getLineNr());
        int column = Math.max(1, loc.getColumnNr());
        return switch (t) {
            case START_OBJECT -> readObject(p, new Json.Obj(parent, name, index, line, column));
            case START_ARRAY -> readArray(p, new Json.Arr(parent, name, index, line, column));
            case VALUE_STRING -> new Json.Str(parent, name, index, line, column, p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> readNumber(p, t, parent, name, index, line, column);
            case VALUE_TRUE -> new Json.Bool(parent, name, index, line, column, true);
            case VALUE_FALSE -> new Json.Bool(parent, name, index, line, column, false);
            case VALUE_NULL -> new Json.Null(parent, name, index, line, column);
            default -> throw new IllegalStateException("unexpected token " + t + " at " + where());
        };
    }

    private Json.Obj readObject(JsonParser p, Json.Obj object) {
        whereAt(object);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            whereName = name;
            Json value = readValue(p, p.nextToken(), object, name, -1);
            whereAt(object);
            if (!object.add(name, value)) {
                problems.add(JsonProblem.DUPLICATE_KEY, at(value), name, value.quote(), name);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + t + " in object at " + object.pointer());
        }
        return object;
    }

    private Json.Arr readArray(JsonParser p, Json.Arr array) {
        whereAt(array);
        JsonToken t;
        int size = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IllegalStateException("end of input in array at " + array.pointer());
            }
            whereIndex = size;
            array.add(readValue(p, t, array, null, size));
            size++;
            whereAt(array);
        }
        return array;
    }

    private Json.Num readNumber(JsonParser p, JsonToken t, @Nullable Json parent, @Nullable String name, int index,
            int line, int column) {
        String text = p.getString();
        Json.Num n;
        if (p.isNaN()) {
            n = new Json.Num(parent, name, index, line, column, text, false, false);
            problems.add(JsonProblem.NOT_FINITE, at(n), field(n.pointer()), text, text);
        } else if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            n = new Json.Num(parent, name, index, line, column, text, false, false);
            problems.add(JsonProblem.EXPONENT, at(n), field(n.pointer()), text, text);
        } else {
            n = new Json.Num(parent, name, index, line, column, text, t == JsonToken.VALUE_NUMBER_INT, true);
        }
        return n;
    }

    /**
     * Reports a read limit exceeded, at the value that exceeded it: where the parser's current token starts, or for
     * a number read with the property name before it, past that name.
     */
    private void limitExceeded(StreamConstraintsException e, JsonParser p) {
        String pointer = where();
        try {
            pointer = p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            // keep the reader's own idea of where it is
        }
        String message = clean(e);
        String reason = Reasons.json(e, Reasons.startsNumber(text, p.currentTokenLocation())
                || Reasons.startsNumber(text, p.currentLocation())
                || p.currentToken() == JsonToken.PROPERTY_NAME && message.startsWith("Number value length"));
        Location location;
        if (message.startsWith("Number value length") && p.currentToken() == JsonToken.PROPERTY_NAME) {
            // The parser reads a number with the name before it: the name's token is current.
            location = place(pointer, valueAfterName((int) p.currentTokenLocation().getCharOffset()));
        } else if (message.startsWith("Document length")) {
            location = place(pointer, p.currentLocation());
        } else {
            location = place(pointer, p.currentTokenLocation());
        }
        problems.add(JsonProblem.LIMIT_EXCEEDED, location, field(pointer), null, reason);
    }

    /** The offset of the value after the property name starting at {@code offset}: past the name, colon and spaces. */
    private int valueAfterName(int offset) {
        int i = Math.max(0, offset);
        int n = text.length();
        if (i < n && text.charAt(i) == '"') {
            i++;
            while (i < n && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }
        while (i < n && (text.charAt(i) == ':' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return Math.min(i, n);
    }

    /** The place of the character at {@code offset} in the text, lines counted as the parser counts them. */
    private Location place(String pointer, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return Location.ofPointer(file, pointer, line, offset - lineStart + 1);
    }

    private Location at(Json value) {
        return Location.ofPointer(file, value.pointer(), value.line(), value.column());
    }

    private Location at(JacksonException e, JsonParser p, String where) {
        TokenStreamLocation l = e.getLocation();
        if (l == null || l.getLineNr() < 1) {
            l = p.currentLocation();
        }
        return place(where, l);
    }

    private Location place(String pointer, @Nullable TokenStreamLocation l) {
        if (l != null && l.getCharOffset() >= 0) {
            return place(pointer, (int) Math.min(text.length(), l.getCharOffset()));
        }
        Integer line = l == null || l.getLineNr() < 1 ? null : l.getLineNr();
        Integer column = l == null || l.getColumnNr() < 1 ? null : l.getColumnNr();
        return Location.ofPointer(file, pointer, line, column);
    }

    /** The property name a pointer ends in; for an array element, the array's; {@code null} for the document. */
    static @Nullable String field(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            String token = Pointers.lastToken(p);
            if (!token.chars().allMatch(Character::isDigit) || token.isEmpty()) {
                return token;
            }
            p = Pointers.parent(p);
        }
        return null;
    }

    /** The parser's message without its references to the source and to Jackson's settings. */
    private static String clean(JacksonException e) {
        return Reasons.json(e, false);
    }
}
