#include "tokenview.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kMargin = 6;
constexpr int kLabelWidth = 34;  // "#12" before each row
constexpr int kPadding = 3;      // inside a mask or guess box
constexpr int kInner = 1;        // either side of a revealed piece's text
constexpr int kPieceGap = 2;     // inside a word, beside a mask or guess box
constexpr int kRowGap = 10;

bool startsWord(const QString &text) {
    return text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n'));
}

// A guess as drawn: without its word-start space; a guess that is only a word boundary shows as
// a visible space rather than as an empty box.
QString guessLabel(const QString &guess) {
    const QString trimmed = guess.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("\u2423") : trimmed;
}

bool isRevealed(TokenView::CellState state) {
    return state == TokenView::CellState::Revealed || state == TokenView::CellState::RevealedNow ||
           state == TokenView::CellState::Fixed;
}

}  // namespace

TokenView::TokenView(QWidget *parent) : QWidget(parent) {
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor TokenView::confidenceColour(float confidence) {
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    if (confidence < 0.3f)
        return QColor(0xD5, 0x5E, 0x00);  // vermillion
    if (confidence < 0.7f)
        return QColor(0xE6, 0x9F, 0x00);  // orange
    return QColor(0x00, 0x9E, 0x73);      // bluish green
}

void TokenView::setSequences(const QVector<QStringList> &texts) {
    m_texts = texts;
    m_firstCell.clear();
    int total = 0;
    for (const QStringList &sequence : texts) {
        m_firstCell.append(total);
        total += sequence.size();
    }
    m_cells = QVector<Cell>(total);
    if (m_selected >= texts.size())
        m_selected = -1;
    measureLabels();
    relayout();
}

void TokenView::measureLabels() {
    const QFontMetrics metrics(font());
    m_labelWidths.clear();
    for (const QStringList &sequence : m_texts)
        for (const QString &text : sequence)
            m_labelWidths.append(metrics.horizontalAdvance(startsWord(text) ? text.mid(1) : text));
}

void TokenView::setFrame(const QVector<Cell> &cells) {
    if (cells.size() != m_cells.size())
        return;  // a frame for other sequences: ignore rather than index out of range
    m_cells = cells;
    relayout();
}

void TokenView::setToolTipProvider(std::function<QString(int, int)> provider) {
    m_toolTips = std::move(provider);
}

void TokenView::setSelectedSequence(int sequence) {
    if (sequence == m_selected)
        return;
    m_selected = sequence;
    update();
}

int TokenView::maskWidth() const {
    return QFontMetrics(font()).horizontalAdvance(QStringLiteral("000")) + 2 * kPadding;
}

int TokenView::cellWidth(int cell) const {
    const Cell &state = m_cells[cell];
    if (isRevealed(state.state))
        return m_labelWidths[cell] + 2 * kInner;
    if (state.state == CellState::Guess) {
        QFont italic = font();
        italic.setItalic(true);
        return std::max(
            maskWidth(),
            QFontMetrics(italic).horizontalAdvance(guessLabel(state.text)) + 2 * kPadding);
    }
    return maskWidth();
}

int TokenView::layout(int width, QVector<QVector<Placed>> *placed, QVector<QRect> *rows) const {
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 2 * kPadding;
    const int wordGap = std::max(4, metrics.horizontalAdvance(QLatin1Char(' '))) + 2;
    const int left = kMargin + kLabelWidth;
    const int right = std::max(left + 80, width - kMargin);
    int y = kMargin;
    for (int s = 0; s < m_texts.size(); ++s) {
        const QStringList &sequence = m_texts[s];
        const int first = m_firstCell[s];
        QVector<Placed> cells(sequence.size());
        QVector<int> widths(sequence.size()), gaps(sequence.size());
        int x = left;
        const int top = y;
        for (int p = 0; p < sequence.size();) {
            // One word: this piece and those up to the next word start. It wraps as a whole.
            int end = p + 1;
            while (end < sequence.size() && !startsWord(sequence[end]))
                ++end;
            int wordWidth = 0;
            for (int q = p; q < end; ++q) {
                cells[q].label = startsWord(sequence[q]) ? sequence[q].mid(1) : sequence[q];
                cells[q].continuesWord = q > p;
                widths[q] = cellWidth(first + q);
                const bool joined = q > p && isRevealed(m_cells[first + q].state) &&
                                    isRevealed(m_cells[first + q - 1].state);
                gaps[q] = q == p || joined ? 0 : kPieceGap;
                wordWidth += gaps[q] + widths[q];
            }
            int at = x > left ? x + wordGap : left;
            if (at + wordWidth > right && x > left) {
                y += lineHeight + 2;
                at = left;
            }
            for (int q = p; q < end; ++q) {
                at += gaps[q];
                if (at + widths[q] > right &&
                    at > left) {  // a word longer than the line breaks between pieces
                    y += lineHeight + 2;
                    at = left;
                }
                cells[q].box = QRect(at, y, widths[q], lineHeight);
                at += widths[q];
            }
            x = at;
            p = end;
        }
        if (rows)
            rows->append(QRect(kMargin, top, right - kMargin, y + lineHeight - top));
        y += lineHeight + kRowGap;
        if (placed)
            placed->append(std::move(cells));
    }
    return y + kMargin;
}

void TokenView::relayout() {
    m_placed.clear();
    m_rowRects.clear();
    m_laidOutWidth = width();
    const int height = layout(width(), &m_placed, &m_rowRects);
    if (height != m_height) {
        m_height = height;
        // A scroll area sizes its widget by the minimum, not by heightForWidth: ask for all rows.
        setMinimumHeight(m_height);
        updateGeometry();
    }
    update();
}

int TokenView::heightForWidth(int width) const {
    return width == m_laidOutWidth ? m_height : layout(width, nullptr, nullptr);
}

QSize TokenView::sizeHint() const {
    return QSize(640, std::max(m_height, 80));
}

QSize TokenView::minimumSizeHint() const {
    return QSize(200, 60);
}

void TokenView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (width() != m_laidOutWidth)
        relayout();
}

void TokenView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        measureLabels();
        relayout();
    }
}

void TokenView::paintEvent(QPaintEvent *event) {
    if (width() != m_laidOutWidth) {  // resized while hidden: resize events come later
        m_placed.clear();
        m_rowRects.clear();
        m_laidOutWidth = width();
        m_height = layout(width(), &m_placed, &m_rowRects);
    }
    QPainter painter(this);
    const QRect dirty = event->rect();
    painter.fillRect(dirty, palette().base());
    const QColor text = palette().color(QPalette::Text);
    const QColor maskFill(0xC8, 0xC8, 0xC8);  // as in the legend
    const QColor guessFill(0xE6, 0xE6, 0xE6);
    const QColor fixedFill(0xD6, 0xE6, 0xF5), fixedText(0x00, 0x3F, 0x7A);  // as in the legend
    const QColor guessText = palette().color(QPalette::PlaceholderText);
    const QFont plain = font();
    QFont italic = plain;
    italic.setItalic(true);
    QFont smallItalic = italic;
    smallItalic.setPointSizeF(italic.pointSizeF() * 0.75);
    QColor tick = palette().color(QPalette::Mid);
    tick.setAlpha(140);
    for (int s = 0; s < m_placed.size(); ++s) {
        const QRect row = m_rowRects[s];
        if (!row.intersects(dirty))
            continue;
        if (s == m_selected)
            painter.fillRect(row.adjusted(-2, -2, 2, 2), palette().color(QPalette::AlternateBase));
        painter.setPen(guessText);
        painter.drawText(QRect(kMargin, row.top(), kLabelWidth - 4,
                               m_placed[s].isEmpty() ? 20 : m_placed[s][0].box.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("#%1").arg(s + 1));
        const QVector<Placed> &cells = m_placed[s];
        const int first = m_firstCell[s];
        for (int p = 0; p < cells.size(); ++p) {
            const QRect box = cells[p].box;
            if (!box.intersects(dirty))
                continue;
            const Cell &cell = m_cells[first + p];
            switch (cell.state) {
                case CellState::Masked:
                    painter.fillRect(box.adjusted(0, 3, 0, -3), maskFill);
                    break;
                case CellState::Guess: {
                    painter.fillRect(box.adjusted(0, 3, 0, -3), guessFill);
                    // The box fits the guess; one wider than the whole line is drawn smaller, then
                    // elided.
                    const QString guess = guessLabel(cell.text);
                    painter.setFont(QFontMetrics(italic).horizontalAdvance(guess) <= box.width()
                                        ? italic
                                        : smallItalic);
                    painter.setPen(guessText);
                    painter.drawText(
                        box, Qt::AlignCenter | Qt::TextSingleLine,
                        painter.fontMetrics().elidedText(guess, Qt::ElideRight, box.width()));
                    painter.setFont(plain);
                    break;
                }
                case CellState::RevealedNow: {
                    const QColor fill = confidenceColour(cell.confidence);
                    painter.fillRect(box, fill);
                    painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, cells[p].label);
                    break;
                }
                case CellState::Revealed:
                    painter.setPen(text);
                    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, cells[p].label);
                    break;
                case CellState::Fixed: {
                    // The prompt's own tokens: a pale blue ground, apart from anything revealed.
                    painter.fillRect(box, fixedFill);
                    painter.setPen(fixedText);
                    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, cells[p].label);
                    break;
                }
            }
            // Where two revealed pieces of one word meet: a faint tick under the join.
            if (cells[p].continuesWord && isRevealed(cell.state) &&
                isRevealed(m_cells[first + p - 1].state) &&
                cells[p - 1].box.right() + 1 == box.left()) {
                painter.setPen(tick);
                painter.drawLine(box.left(), box.bottom() - box.height() / 4, box.left(),
                                 box.bottom() - 1);
            }
        }
    }
}

QPair<int, int> TokenView::cellAt(const QPoint &point) const {
    for (int s = 0; s < m_placed.size(); ++s) {
        if (!m_rowRects[s].contains(point))
            continue;
        for (int p = 0; p < m_placed[s].size(); ++p)
            if (m_placed[s][p].box.contains(point))
                return {s, p};
    }
    return {-1, -1};
}

QRect TokenView::cellRect(int sequence, int position) const {
    if (sequence < 0 || sequence >= m_placed.size() || position < 0 ||
        position >= m_placed[sequence].size())
        return {};
    return m_placed[sequence][position].box;
}

void TokenView::mousePressEvent(QMouseEvent *event) {
    const auto [sequence, position] = cellAt(event->position().toPoint());
    if (sequence >= 0)
        Q_EMIT cellClicked(sequence, position);
    QWidget::mousePressEvent(event);
}

bool TokenView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [sequence, position] = cellAt(help->pos());
        if (sequence >= 0 && m_toolTips)
            QToolTip::showText(help->globalPos(), m_toolTips(sequence, position), this,
                               cellRect(sequence, position));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
