// The failure page's widgets: C/C++ highlighting, the source view, the hex view and the stack view.
// Set ARCWISE_WIDGETS_SCREENSHOTS to a directory to have screenshots() save each widget there in a
// light and a dark palette.

#include "pages/log_pane.h"
#include "pages/theme.h"
#include "widgets/cpp_highlighter.h"
#include "widgets/hex_view.h"
#include "widgets/palette_colors.h"
#include "widgets/source_view.h"
#include "widgets/stack_view.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace arcwise::ui;
using Kind = CppHighlighter::Kind;

namespace {

const QString kSourceDir = QStringLiteral(ARCWISE_SOURCE_DIR);

QPalette light_palette() {
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

// The format the highlighter gave the character at column of block; no foreground when none.
QTextCharFormat format_at(const QTextDocument& document, int block, int column) {
    const QTextBlock b = document.findBlockByNumber(block);
    for (const QTextLayout::FormatRange& range : b.layout()->formats())
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    return {};
}

// Presses at from, drags to to and releases, on a widget's viewport.
void drag(QWidget* viewport, QPoint from, QPoint to) {
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

Q_DECLARE_METATYPE(CppHighlighter::Kind)

class TestWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void highlighter_data();
    void highlighter();
    void highlighter_block_comment_spans_lines();
    void highlighter_raw_string_spans_lines();
    void highlighter_colours_readable();
    void highlighter_files();
    void source_view_opens_file_at_line();
    void source_view_plain_text();
    void source_view_errors_data();
    void source_view_errors();
    void hex_view_rows();
    void hex_view_copy_formats();
    void hex_view_mouse_selection();
    void hex_view_large_input();
    void hex_view_empty();
    void parse_frame_data();
    void parse_frame();
    void runtime_frames();
    void stack_view_activation();
    void stack_view_collapses_recursion();
    void log_pane_folds_and_filters();
    void screenshots();
};

void TestWidgets::highlighter_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("kind"); // -1: no highlighting

    const auto none = -1;
    const QString main = QStringLiteral("int main() { return 0; }");
    QTest::newRow("type") << main << 0 << int(Kind::Type);
    QTest::newRow("plain identifier") << main << 4 << none;
    QTest::newRow("keyword") << main << 13 << int(Kind::Keyword);
    QTest::newRow("number") << main << 20 << int(Kind::Number);
    QTest::newRow("digits in identifier") << QStringLiteral("int x1 = 0;") << 5 << none;
    QTest::newRow("_t type") << QStringLiteral("pid_t p;") << 0 << int(Kind::Type);

    const QString escaped = QStringLiteral("const char* s = \"a\\\"b\"; return s;");
    QTest::newRow("string") << escaped << 17 << int(Kind::String);
    QTest::newRow("escaped quote") << escaped << 18 << int(Kind::Escape);
    QTest::newRow("after escaped quote") << escaped << 20 << int(Kind::String);
    QTest::newRow("closing quote") << escaped << 21 << int(Kind::String);
    QTest::newRow("after string") << escaped << 24 << int(Kind::Keyword);
    const QString hex_escape = QStringLiteral("s = \"\\x41z\";");
    QTest::newRow("hex escape") << hex_escape << 8 << int(Kind::Escape);
    QTest::newRow("after hex escape") << hex_escape << 9 << int(Kind::String);
    const QString chars = QStringLiteral("char c = '\\''; return c;");
    QTest::newRow("char literal") << chars << 9 << int(Kind::String);
    QTest::newRow("after char literal") << chars << 15 << int(Kind::Keyword);
    QTest::newRow("wide string") << QStringLiteral("w = L\"x\";") << 4 << int(Kind::String);
    QTest::newRow("u8 string") << QStringLiteral("w = u8\"x\";") << 4 << int(Kind::String);

    const QString raw = QStringLiteral("auto r = R\"(a \"q\" \\n)\"; return r;");
    QTest::newRow("raw string prefix") << raw << 9 << int(Kind::String);
    QTest::newRow("quote in raw string") << raw << 14 << int(Kind::String);
    QTest::newRow("no escapes in raw string") << raw << 18 << int(Kind::String);
    QTest::newRow("after raw string") << raw << 24 << int(Kind::Keyword);
    const QString delimited = QStringLiteral("R\"x(a)\" b)x\"; return");
    QTest::newRow("raw string delimiter") << delimited << 8 << int(Kind::String);
    QTest::newRow("after delimited raw string") << delimited << 14 << int(Kind::Keyword);

    for (const char* number :
         {"0x1Fu", "1'000'000", "3.14e-2f", "0b1010", "42ull", ".5", "0x1p-3"}) {
        const QString code = QStringLiteral("x = %1;").arg(QLatin1String(number));
        const int last = int(4 + std::strlen(number) - 1);
        QTest::addRow("number %s, first", number) << code << 4 << int(Kind::Number);
        QTest::addRow("number %s, last", number) << code << last << int(Kind::Number);
        QTest::addRow("number %s, after", number) << code << last + 1 << none;
    }

    QTest::newRow("line comment") << QStringLiteral("x = 1; // return") << 10 << int(Kind::Comment);
    QTest::newRow("code before comment")
        << QStringLiteral("return; // x") << 0 << int(Kind::Keyword);
    QTest::newRow("comment in line")
        << QStringLiteral("f(/* int */ 1);") << 5 << int(Kind::Comment);
    QTest::newRow("after comment in line")
        << QStringLiteral("f(/* a */ 1);") << 10 << int(Kind::Number);
    QTest::newRow("comment chars in string")
        << QStringLiteral("s = \"// x\"; int") << 7 << int(Kind::String);
    QTest::newRow("after comment chars in string")
        << QStringLiteral("s = \"// x\"; int") << 12 << int(Kind::Type);

    QTest::newRow("preprocessor") << QStringLiteral("#include <vector>") << 0
                                  << int(Kind::Preprocessor);
    QTest::newRow("include header name")
        << QStringLiteral("#include <vector>") << 10 << int(Kind::String);
    QTest::newRow("indented directive")
        << QStringLiteral("  #  define N") << 5 << int(Kind::Preprocessor);
    QTest::newRow("no keywords in directive")
        << QStringLiteral("#if defined(X) && X") << 4 << int(Kind::Preprocessor);
    QTest::newRow("comment after directive")
        << QStringLiteral("#endif // X") << 9 << int(Kind::Comment);
}

void TestWidgets::highlighter() {
    QFETCH(QString, code);
    QFETCH(int, column);
    QFETCH(int, kind);
    QTextDocument document(code);
    CppHighlighter highlighter(&document, light_palette());
    const QTextCharFormat format = format_at(document, 0, column);
    if (kind < 0) {
        QVERIFY2(!format.hasProperty(QTextFormat::ForegroundBrush),
                 qPrintable(format.foreground().color().name()));
    } else {
        QCOMPARE(format.foreground().color().name(),
                 highlighter.format_of(Kind(kind)).foreground().color().name());
    }
}

void TestWidgets::highlighter_block_comment_spans_lines() {
    QTextDocument document(
        QStringLiteral("int a; /* opens\nreturn inside;\n  closes */ return b;\nint c;"));
    CppHighlighter highlighter(&document, light_palette());
    const auto colour = [&](Kind kind) { return highlighter.format_of(kind).foreground().color(); };
    QCOMPARE(document.findBlockByNumber(0).userState(), int(CppHighlighter::InBlockComment));
    QCOMPARE(document.findBlockByNumber(1).userState(), int(CppHighlighter::InBlockComment));
    QCOMPARE(document.findBlockByNumber(2).userState(), int(CppHighlighter::Normal));
    QCOMPARE(format_at(document, 0, 0).foreground().color(), colour(Kind::Type));
    QCOMPARE(format_at(document, 0, 8).foreground().color(), colour(Kind::Comment));
    QCOMPARE(format_at(document, 1, 0).foreground().color(), colour(Kind::Comment));
    QCOMPARE(format_at(document, 2, 9).foreground().color(), colour(Kind::Comment));
    QCOMPARE(format_at(document, 2, 12).foreground().color(), colour(Kind::Keyword));
    QCOMPARE(format_at(document, 3, 0).foreground().color(), colour(Kind::Type));

    // Closing the comment on the first line re-highlights the lines after it. A document reports
    // changes only once it has a layout, as it has in a view.
    document.documentLayout();
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" */"));
    QCOMPARE(document.findBlockByNumber(0).userState(), int(CppHighlighter::Normal));
    QCOMPARE(format_at(document, 1, 0).foreground().color(), colour(Kind::Keyword));
}

void TestWidgets::highlighter_raw_string_spans_lines() {
    QTextDocument document(QStringLiteral("auto s = R\"sql(\nint \" */\n)\" still)sql\"; int x;"));
    CppHighlighter highlighter(&document, light_palette());
    const auto colour = [&](Kind kind) { return highlighter.format_of(kind).foreground().color(); };
    QCOMPARE(document.findBlockByNumber(0).userState(), int(CppHighlighter::InRawString));
    QCOMPARE(document.findBlockByNumber(1).userState(), int(CppHighlighter::InRawString));
    QCOMPARE(format_at(document, 1, 0).foreground().color(), colour(Kind::String));
    QCOMPARE(format_at(document, 2, 3).foreground().color(), colour(Kind::String));
    QCOMPARE(document.findBlockByNumber(2).userState(), int(CppHighlighter::Normal));
    QCOMPARE(format_at(document, 2, 17).foreground().color(), colour(Kind::Type));
}

void TestWidgets::highlighter_colours_readable() {
    for (const QPalette& palette : {light_palette(), dark_palette()}) {
        QTextDocument document;
        CppHighlighter highlighter(&document, palette);
        const QColor base = palette.color(QPalette::Base);
        for (Kind kind : {Kind::Keyword, Kind::Type, Kind::String, Kind::Escape, Kind::Number,
                          Kind::Preprocessor}) {
            const QColor c = highlighter.format_of(kind).foreground().color();
            QVERIFY2(contrast(c, base) >= 4.5, qPrintable(c.name() + u" on " + base.name()));
        }
        QVERIFY(contrast(highlighter.format_of(Kind::Comment).foreground().color(), base) >= 3.0);
    }
}

void TestWidgets::highlighter_files() {
    for (const char* name :
         {"a.c", "a.cc", "a.cpp", "a.cxx", "a.h", "a.hh", "a.hpp", "a.hxx", "a.inl", "/x/y/A.CPP"})
        QVERIFY2(CppHighlighter::handles_file(QLatin1String(name)), name);
    for (const char* name : {"a.py", "CMakeLists.txt", "a.cc.orig", "Makefile", ""})
        QVERIFY2(!CppHighlighter::handles_file(QLatin1String(name)), name);
}

void TestWidgets::source_view_opens_file_at_line() {
    const QString path = kSourceDir + u"/ui/widgets/hex_view.cpp";
    constexpr int kLine = 120;
    SourceView view;
    view.resize(800, 400);
    QString error;
    QVERIFY2(view.open_file(path, kLine, &error), qPrintable(error));
    QCOMPARE(view.file(), path);
    QCOMPARE(view.line(), kLine);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QList<QTextEdit::ExtraSelection> marks = view.extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.blockNumber(), kLine - 1);
    QVERIFY(marks.first().format.property(QTextFormat::FullWidthSelection).toBool());
    QCOMPARE(view.textCursor().blockNumber(), kLine - 1);
    const int centre =
        view.cursorForPosition(QPoint(10, view.viewport()->height() / 2)).blockNumber();
    QVERIFY2(qAbs(centre - (kLine - 1)) <= 1, qPrintable(QString::number(centre)));
    QVERIFY(view.isReadOnly());
    QCOMPARE(view.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(view.gutter_width() > 0);
    // "#include "hex_view.h"" on the first line: the preprocessor colour.
    QTRY_VERIFY(!view.document()->firstBlock().layout()->formats().isEmpty());

    // Another line of the same file moves the mark.
    view.set_line(3);
    QCOMPARE(view.extraSelections().first().cursor.blockNumber(), 2);
    view.set_line(0);
    QVERIFY(view.extraSelections().isEmpty());
}

void TestWidgets::source_view_plain_text() {
    SourceView view;
    view.set_text(QStringLiteral("int main() { return 0; } // not C++ here\n"),
                  QStringLiteral("notes.txt"));
    QCoreApplication::processEvents();
    QCOMPARE(view.file(), QStringLiteral("notes.txt"));
    QCOMPARE(view.line(), 0);
    QVERIFY(view.document()->firstBlock().layout()->formats().isEmpty());
}

void TestWidgets::source_view_errors_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("binary") << QStringLiteral("binary");
    QTest::newRow("huge") << QStringLiteral("huge");
    QTest::newRow("directory") << QStringLiteral("directory");
}

void TestWidgets::source_view_errors() {
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(kind + u".cc");
    if (kind == u"binary") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x7f"
                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0int main",
                              24));
    } else if (kind == u"huge") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SourceView::kMaxFileSize + 1));
    } else if (kind == u"directory") {
        path = dir.path();
    }
    SourceView view;
    const QString before = kSourceDir + u"/ui/widgets/source_view.h";
    QVERIFY(view.open_file(before, 5, nullptr));
    QString error;
    QVERIFY(!view.open_file(path, 1, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    if (kind == u"huge")
        QVERIFY2(error.contains(u"MB"), qPrintable(error));
    if (kind == u"binary")
        QVERIFY2(error.contains(u"binary"), qPrintable(error));
    // A failure leaves what was shown.
    QCOMPARE(view.file(), before);
    QCOMPARE(view.line(), 5);
    QVERIFY(!view.open_file(path, 1, nullptr));
}

void TestWidgets::hex_view_rows() {
    HexView view;
    const QByteArray data = QByteArray("Hello, world!\n") + QByteArray("\0\1\2\3\4\5", 6);
    view.set_data(data);
    QCOMPARE(view.data(), data);
    QCOMPARE(view.row_count(), 2);
    // The layout of `hexdump -C`.
    QCOMPARE(view.row_text(0),
             QStringLiteral(
                 "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 01  |Hello, world!...|"));
    QCOMPARE(view.row_text(1),
             QStringLiteral("00000010  02 03 04 05                                       |....|"));
    QVERIFY(view.row_text(2).isEmpty());
    QVERIFY(view.sizeHint().width() > view.fontMetrics().horizontalAdvance(view.row_text(0)));
}

void TestWidgets::hex_view_copy_formats() {
    const QByteArray bytes("\xde\xad\xbe\xef"
                           "A\0",
                           6);
    QCOMPARE(HexView::to_hex(bytes), QStringLiteral("de ad be ef 41 00"));
    QCOMPARE(HexView::to_hex(QByteArray(17, 'a')),
             QStringLiteral("61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61\n61"));
    QCOMPARE(HexView::to_c_array(bytes),
             QStringLiteral("const unsigned char input[6] = {\n    0xde, 0xad, 0xbe, 0xef, 0x41, "
                            "0x00,\n};\n"));
    QCOMPARE(HexView::to_c_array(QByteArray(13, '\1')).count(u'\n'), 4);
    QCOMPARE(HexView::to_text(QByteArray("caf\xc3\xa9\0!", 7)),
             QStringView(u"caf\u00e9\ufffd!").toString());

    HexView view;
    view.set_data(QByteArray("0123456789abcdefXYZ"));
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("unchanged"));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("unchanged")); // nothing selected

    view.set_selection(14, 4);
    QCOMPARE(view.selection_start(), 14);
    QCOMPARE(view.selection_length(), 4);
    QCOMPARE(view.selected_bytes(), QByteArray("efXY"));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("65 66 58 59"));
    view.copy_as_c_array();
    QCOMPARE(clipboard->text(),
             QStringLiteral("const unsigned char input[4] = {\n    0x65, 0x66, 0x58, 0x59,\n};\n"));
    view.copy_as_text();
    QCOMPARE(clipboard->text(), QStringLiteral("efXY"));

    view.set_selection(17, 100); // clamped to the data
    QCOMPARE(view.selected_bytes(), QByteArray("YZ"));
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selection_length(), 19);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.selection_length(), 0);
}

void TestWidgets::hex_view_mouse_selection() {
    QByteArray data;
    for (int i = 0; i < 64; ++i)
        data.append(char(i));
    HexView view;
    view.set_data(data);
    view.resize(view.sizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // From the hex column of byte 2 to the ASCII column of byte 20, across a row.
    drag(view.viewport(), view.byte_rect(2, HexView::Column::Hex).center(),
         view.byte_rect(20, HexView::Column::Ascii).center());
    QCOMPARE(view.selection_start(), 2);
    QCOMPARE(view.selection_length(), 19);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), HexView::to_hex(data.mid(2, 19)));

    // Backwards, within the hex column.
    drag(view.viewport(), view.byte_rect(40, HexView::Column::Hex).center(),
         view.byte_rect(33, HexView::Column::Hex).center());
    QCOMPARE(view.selection_start(), 33);
    QCOMPARE(view.selection_length(), 8);

    // A click selects one byte; shift-click extends from it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.byte_rect(5, HexView::Column::Ascii).center());
    QCOMPARE(view.selection_start(), 5);
    QCOMPARE(view.selection_length(), 1);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view.byte_rect(9, HexView::Column::Hex).center());
    QCOMPARE(view.selection_start(), 5);
    QCOMPARE(view.selection_length(), 5);
}

void TestWidgets::hex_view_large_input() {
    // Four megabytes: painting and scrolling touch only the visible rows.
    QByteArray data(4 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    HexView view;
    view.set_data(data);
    view.resize(view.sizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.row_count(), 4 * 1024 * 1024 / 16);
    QVERIFY(!view.grab().isNull());

    view.scroll_to(data.size() - 1);
    QVERIFY(view.first_visible_row() > 0);
    QVERIFY(
        view.viewport()->rect().contains(view.byte_rect(data.size() - 1, HexView::Column::Hex)));
    QVERIFY(!view.grab().isNull());
    QVERIFY(view.row_text(view.row_count() - 1).startsWith(u"003ffff0  "));
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.first_visible_row(), 0);

    view.select_all();
    view.copy_as_hex();
    QCOMPARE(QGuiApplication::clipboard()->text().size(), data.size() * 3 - 1);
}

void TestWidgets::hex_view_empty() {
    HexView view;
    QCOMPARE(view.row_count(), 0);
    view.resize(400, 100);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(20, 10));
    QCOMPARE(view.selection_length(), 0);
    view.select_all();
    QCOMPARE(view.selection_length(), 0);
    QVERIFY(view.row_text(0).isEmpty());
}

void TestWidgets::parse_frame_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("module");
    QTest::addColumn<quint64>("offset");

    const QString none;
    QTest::newRow("runtime, module and offset")
        << QStringLiteral("recordio::Journal::replay(unsigned char const*, unsigned long) "
                          "(/work/main/build/release/examples/fuzz_checksum+0xe85e)")
        << QStringLiteral("recordio::Journal::replay(unsigned char const*, unsigned long)") << none
        << 0 << 0 << QStringLiteral("/work/main/build/release/examples/fuzz_checksum")
        << quint64(0xe85e);
    QTest::newRow("runtime, file without line")
        << QStringLiteral("imgparse::(anonymous namespace)::check_layout(imgparse::Image const&, "
                          "unsigned long) imgparse.cc")
        << QStringLiteral("imgparse::(anonymous namespace)::check_layout(imgparse::Image const&, "
                          "unsigned long)")
        << QStringLiteral("imgparse.cc") << 0 << 0 << none << quint64(0);
    QTest::newRow("runtime, file and line")
        << QStringLiteral("checksum::verify(unsigned char const*, unsigned long) "
                          "/work/main/examples/checksum/checksum.cc:42")
        << QStringLiteral("checksum::verify(unsigned char const*, unsigned long)")
        << QStringLiteral("/work/main/examples/checksum/checksum.cc") << 42 << 0 << none
        << quint64(0);
    QTest::newRow("runtime, C function")
        << QStringLiteral("LLVMFuzzerTestOneInput /work/t/target.c:7")
        << QStringLiteral("LLVMFuzzerTestOneInput") << QStringLiteral("/work/t/target.c") << 7 << 0
        << none << quint64(0);
    QTest::newRow("runtime, header without extension")
        << QStringLiteral("std::vector<int, std::allocator<int> >::at(unsigned long) "
                          "/usr/include/c++/12/bits/stl_vector.h:1124")
        << QStringLiteral("std::vector<int, std::allocator<int> >::at(unsigned long)")
        << QStringLiteral("/usr/include/c++/12/bits/stl_vector.h") << 1124 << 0 << none
        << quint64(0);
    QTest::newRow("at file:line:column")
        << QStringLiteral("parse_header(Header&) at /src/parse.c:17:5")
        << QStringLiteral("parse_header(Header&)") << QStringLiteral("/src/parse.c") << 17 << 5
        << none << quint64(0);
    QTest::newRow("at file:line") << QStringLiteral("Foo::bar() const at src/foo.cc:3")
                                  << QStringLiteral("Foo::bar() const")
                                  << QStringLiteral("src/foo.cc") << 3 << 0 << none << quint64(0);
    QTest::newRow("file:line:column")
        << QStringLiteral("/work/main/examples/x.cc:12:3") << none
        << QStringLiteral("/work/main/examples/x.cc") << 12 << 3 << none << quint64(0);
    QTest::newRow("relative file:line")
        << QStringLiteral("  src/x.cc:12  ") << none << QStringLiteral("src/x.cc") << 12 << 0
        << none << quint64(0);
    QTest::newRow("sanitizer, file")
        << QStringLiteral("    #3 0x55d0c6b2e1f4 in png_read_row /src/libpng/pngread.c:534:7")
        << QStringLiteral("png_read_row") << QStringLiteral("/src/libpng/pngread.c") << 534 << 7
        << none << quint64(0);
    QTest::newRow("sanitizer, module")
        << QStringLiteral("#5 0x7f3a2b1c in __libc_start_main "
                          "(/lib/x86_64-linux-gnu/libc.so.6+0x2409b)")
        << QStringLiteral("__libc_start_main") << none << 0 << 0
        << QStringLiteral("/lib/x86_64-linux-gnu/libc.so.6") << quint64(0x2409b);
    QTest::newRow("sanitizer, module only")
        << QStringLiteral("#9 0x55d0c6b2e1f4  (/tmp/a.out+0x1f4)") << none << none << 0 << 0
        << QStringLiteral("/tmp/a.out") << quint64(0x1f4);
    QTest::newRow("unknown function")
        << QStringLiteral("?? (/tmp/a.out+0x10)") << QStringLiteral("??") << none << 0 << 0
        << QStringLiteral("/tmp/a.out") << quint64(0x10);
    QTest::newRow("unknown location") << QStringLiteral("foo() ??:0") << QStringLiteral("foo()")
                                      << none << 0 << 0 << none << quint64(0);
    QTest::newRow("function only")
        << QStringLiteral("main") << QStringLiteral("main") << none << 0 << 0 << none << quint64(0);
    QTest::newRow("const member function")
        << QStringLiteral("Foo::bar() const") << QStringLiteral("Foo::bar() const") << none << 0
        << 0 << none << quint64(0);
    QTest::newRow("operator with spaces")
        << QStringLiteral("operator new(unsigned long)")
        << QStringLiteral("operator new(unsigned long)") << none << 0 << 0 << none << quint64(0);
    QTest::newRow("clone suffix")
        << QStringLiteral("void std::sort<int*>(int*, int*) [clone .cold]")
        << QStringLiteral("void std::sort<int*>(int*, int*) [clone .cold]") << none << 0 << 0
        << none << quint64(0);
}

void TestWidgets::parse_frame() {
    QFETCH(QString, text);
    const StackFrame frame = arcwise::ui::parse_frame(text);
    QTEST(frame.function, "function");
    QTEST(frame.file, "file");
    QTEST(frame.line, "line");
    QTEST(frame.column, "column");
    QTEST(frame.module, "module");
    QTEST(frame.offset, "offset");
}

void TestWidgets::runtime_frames() {
    const auto runtime = [](const char* text) {
        return is_runtime_frame(arcwise::ui::parse_frame(QLatin1String(text)));
    };
    QVERIFY(runtime("arcwise::runtime::run_input(unsigned char const*, unsigned long) "
                    "/work/main/core/runtime/driver.cc:80"));
    QVERIFY(runtime("arcwise::engine::Mutator::mutate() (/x/fuzz+0x10)"));
    QVERIFY(runtime("(anonymous namespace)::on_signal(int) /work/main/core/runtime/signals.cc:12"));
    QVERIFY(runtime("helper() core/runtime/x.cc:1"));
    QVERIFY(!runtime("recordio::Journal::replay(unsigned char const*, unsigned long) "
                     "/work/main/examples/recordio/journal.cc:12"));
    QVERIFY(!runtime("notarcwise::f() /x/y.cc:1"));
}

void TestWidgets::stack_view_activation() {
    StackView view;
    QSignalSpy activated(&view, &StackView::frameActivated);
    view.set_frames({QStringLiteral("arcwise::runtime::crash() core/runtime/symbolize.cc:3"),
                     QStringLiteral("foo(int) ui/widgets/stack_view.cpp:40"),
                     QStringLiteral("bar() does/not/exist.cc:3"),
                     QStringLiteral("baz() (/bin/true+0x10)"),
                     QStringLiteral("header() ui/widgets/stack_view.h")},
                    kSourceDir);
    view.resize(700, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.frame_count(), 5);
    QCOMPARE(view.model()->rowCount(), 5);
    QCOMPARE(view.frame(1).line, 40);
    const QString file = QFileInfo(kSourceDir + u"/ui/widgets/stack_view.cpp").absoluteFilePath();
    QCOMPARE(view.frame_path(1), file);
    QVERIFY(view.frame_path(2).isEmpty());
    QVERIFY(view.frame_path(3).isEmpty());
    // Locations under the base directory are shown relative to it, with the line.
    QCOMPARE(view.model()->index(1, 2).data().toString(),
             QStringLiteral("ui/widgets/stack_view.cpp:40"));
    QCOMPARE(view.model()->index(3, 2).data().toString(), QStringLiteral("true+0x10"));
    QCOMPARE(view.model()->index(1, 1).data().toString(), QStringLiteral("foo(int)"));
    QVERIFY(view.model()->index(1, 1).data(Qt::ToolTipRole).toString().startsWith(u"foo(int)"));
    // The runtime's own frame is dimmed, the target's is not.
    const QColor text = view.palette().color(QPalette::Text);
    QVERIFY(view.model()->index(0, 1).data(Qt::ForegroundRole).value<QBrush>().color() != text);
    QVERIFY(!view.model()->index(1, 1).data(Qt::ForegroundRole).isValid());

    view.setFocus();
    view.setCurrentIndex(view.model()->index(1, 1));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), file);
    QCOMPARE(activated.at(0).at(1).toInt(), 40);

    const QPoint row4 = view.visualRect(view.model()->index(4, 1)).center();
    // The events of a real double-click: QTest::mouseDClick sends only the second press.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, row4);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, row4);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, row4);
    QVERIFY(activated.size() >= 2);
    QCOMPARE(activated.last().at(0).toString(),
             QFileInfo(kSourceDir + u"/ui/widgets/stack_view.h").absoluteFilePath());
    QCOMPARE(activated.last().at(1).toInt(), 0);

    // Frames without a file on this disk do not activate.
    const qsizetype before = activated.size();
    for (int row : {2, 3}) {
        view.setCurrentIndex(view.model()->index(row, 1));
        QTest::keyClick(&view, Qt::Key_Return);
    }
    QCOMPARE(activated.size(), before);

    view.set_frames({}, QString());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.grab().isNull()); // the "(no stack trace)" placeholder
}

void TestWidgets::stack_view_collapses_recursion() {
    // A stack overflow: 214 frames of one function between the crash and main() are one row.
    QStringList frames{QStringLiteral("crash_here() src/parse.cc:10")};
    for (int i = 0; i < 214; ++i)
        frames << QStringLiteral("parse_value(char const*) src/parse.cc:42");
    frames << QStringLiteral("main src/main.cc:3");
    // Two in a row are not a recursion worth folding.
    frames << QStringLiteral("start() a.cc:1") << QStringLiteral("start() a.cc:1");
    StackView view;
    view.set_frames(frames, kSourceDir);
    QCOMPARE(view.frame_count(), 5);
    QCOMPARE(view.repeat_count(1), 214);
    QCOMPARE(view.repeat_count(2), 1);
    QCOMPARE(view.model()->index(1, 1).data().toString(),
             QStringLiteral("parse_value(char const*) × 214"));
    QCOMPARE(view.model()->index(1, 0).data().toString(), QStringLiteral("#1–214"));
    QCOMPARE(view.model()->index(2, 0).data().toString(), QStringLiteral("#215"));
    QCOMPARE(view.frame(1).line, 42);
    QCOMPARE(view.model()->index(3, 1).data().toString(), QStringLiteral("start()"));
}

void TestWidgets::log_pane_folds_and_filters() {
    LogPane pane;
    pane.add_message(QStringLiteral("Campaign started"));
    for (int i = 0; i < 5; ++i)
        pane.add_worker_output(QStringLiteral("/b/fuzz_png"), QStringLiteral("same line"));
    pane.add_worker_output(QStringLiteral("/b/fuzz_zip"), QStringLiteral("other"));
    pane.add_warning(QStringLiteral("The disk is full"));
    QStringList lines = pane.text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[1].endsWith(QStringLiteral("[fuzz_png] same line  (× 5)")),
             qPrintable(lines[1]));
    // By level, and by binary or target.
    pane.set_filter(LogPane::Level::Output, QString());
    QCOMPARE(pane.text().split(QLatin1Char('\n')).size(), 2);
    pane.set_filter(LogPane::Level::Output, QStringLiteral("fuzz_zip"));
    QCOMPARE(pane.text(), QStringLiteral("          [fuzz_zip] other"));
    pane.set_filter(LogPane::Level::Warning, QString());
    QVERIFY(pane.text().endsWith(QStringLiteral("The disk is full")));
    QCOMPARE(pane.text().split(QLatin1Char('\n')).size(), 1);
    // A line added while filtered out is there when the filter goes.
    pane.add_worker_output(QStringLiteral("/b/fuzz_png"), QStringLiteral("new"));
    pane.set_filter(std::nullopt, QString());
    lines = pane.text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.last().endsWith(QStringLiteral("[fuzz_png] new")));
}

void TestWidgets::screenshots() {
    const QString dir = qEnvironmentVariable("ARCWISE_WIDGETS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("Set ARCWISE_WIDGETS_SCREENSHOTS to a directory to save screenshots there.");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QByteArray input("PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff"
                     "a"
                     "hello, fuzzer! \"quoted\" and \\ escaped\n",
                     72);
    for (int i = 0; i < 200; ++i)
        input.append(char(i * 7));
    const QStringList frames = {
        QStringLiteral("arcwise::runtime::on_crash(int) /work/main/core/runtime/signals.cc:88"),
        QStringLiteral("imgparse::(anonymous namespace)::check_layout(imgparse::Image const&, "
                       "unsigned long) imgparse.cc"),
        QStringLiteral("hexdump_row(unsigned char const*, unsigned long, int) "
                       "ui/widgets/hex_view.cpp:120:9"),
        QStringLiteral("recordio::Journal::replay(unsigned char const*, unsigned long) "
                       "(/work/main/build/release/examples/fuzz_checksum+0xe85e)"),
        QStringLiteral("LLVMFuzzerTestOneInput /work/main/examples/recordio/fuzz.cc:14"),
        QStringLiteral("arcwise::runtime::run_one(unsigned char const*, unsigned long) "
                       "/work/main/core/runtime/driver.cc:61"),
        QStringLiteral("main (/work/main/build/release/examples/fuzz_checksum+0x1234)")};
    const std::pair<const char*, QPalette> palettes[] = {{"light", light_palette()},
                                                         {"dark", dark_palette()}};
    for (const auto& [name, palette] : palettes) {
        const auto save = [&, name = name](QWidget& widget, const char* what) {
            widget.setPalette(palette);
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            QCoreApplication::processEvents();
            const QString file =
                QStringLiteral("%1/%2_%3.png").arg(dir, QLatin1String(what), QLatin1String(name));
            QVERIFY2(widget.grab().save(file), qPrintable(file));
        };
        SourceView source;
        source.resize(900, 420);
        QVERIFY(source.open_file(kSourceDir + u"/ui/widgets/stack_view.cpp", 25, nullptr));
        save(source, "source");

        HexView hex;
        hex.set_data(input);
        hex.set_selection(13, 22);
        hex.resize(hex.sizeHint().width(), 260);
        save(hex, "hex");

        HexView empty;
        empty.resize(500, 120);
        save(empty, "hex_empty");

        StackView stack;
        stack.set_frames(frames, kSourceDir);
        stack.resize(900, 200);
        stack.setCurrentIndex(stack.model()->index(2, 0));
        save(stack, "stack");

        StackView no_frames;
        no_frames.resize(500, 120);
        save(no_frames, "stack_empty");
    }
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
