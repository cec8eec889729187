#include "tokenview.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kMargin = 6;
constexpr int kLabelWidth = 34;   // "#12" before each row
constexpr int kPadding = 3;       // inside a token's box
constexpr int kWordGap = 6;       // before a word-initial token
constexpr int kRowGap = 10;
constexpr int kMinimumBox = 14;   // a mask box is never narrower

}  // namespace

TokenView::TokenView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor TokenView::confidenceColour(float confidence)
{
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    if (confidence < 0.3f)
        return QColor(0xD5, 0x5E, 0x00);  // vermillion
    if (confidence < 0.7f)
        return QColor(0xE6, 0x9F, 0x00);  // orange
    return QColor(0x00, 0x9E, 0x73);      // bluish green
}

void TokenView::setSequences(const QVector<QStringList> &texts)
{
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
    relayout();
}

void TokenView::setFrame(const QVector<Cell> &cells)
{
    if (cells.size() != m_cells.size())
        return;  // a frame for other sequences: ignore rather than index out of range
    m_cells = cells;
    update();
}

void TokenView::setToolTipProvider(std::function<QString(int, int)> provider)
{
    m_toolTips = std::move(provider);
}

void TokenView::setSelectedSequence(int sequence)
{
    if (sequence == m_selected)
        return;
    m_selected = sequence;
    update();
}

int TokenView::layout(int width, QVector<QVector<Placed>> *placed, QVector<QRect> *rows) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 2 * kPadding;
    const int left = kMargin + kLabelWidth;
    const int right = std::max(left + 80, width - kMargin);
    int y = kMargin;
    for (const QStringList &sequence : m_texts) {
        QVector<Placed> cells;
        cells.reserve(sequence.size());
        int x = left;
        const int top = y;
        for (const QString &text : sequence) {
            const bool wordStart = text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n'));
            const QString label = wordStart ? text.mid(1) : text;
            const int boxWidth = std::max(kMinimumBox, metrics.horizontalAdvance(label) + 2 * kPadding);
            int start = x + (wordStart && x > left ? kWordGap : 1);
            if (start + boxWidth > right && x > left) {  // wrap
                y += lineHeight + 2;
                start = left;
            }
            cells.append({QRect(start, y, boxWidth, lineHeight), label});
            x = start + boxWidth;
        }
        if (rows)
            rows->append(QRect(kMargin, top, right - kMargin, y + lineHeight - top));
        y += lineHeight + kRowGap;
        if (placed)
            placed->append(std::move(cells));
    }
    return y + kMargin;
}

void TokenView::relayout()
{
    m_placed.clear();
    m_rowRects.clear();
    m_laidOutWidth = width();
    m_height = layout(width(), &m_placed, &m_rowRects);
    // A scroll area sizes its widget by the minimum, not by heightForWidth: ask for all rows.
    setMinimumHeight(m_height);
    updateGeometry();
    update();
}

int TokenView::heightForWidth(int width) const
{
    return width == m_laidOutWidth ? m_height : layout(width, nullptr, nullptr);
}

QSize TokenView::sizeHint() const
{
    return QSize(640, std::max(m_height, 80));
}

QSize TokenView::minimumSizeHint() const
{
    return QSize(200, 60);
}

void TokenView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (width() != m_laidOutWidth)
        relayout();
}

void TokenView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void TokenView::paintEvent(QPaintEvent *event)
{
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
    const QColor guessText = palette().color(QPalette::PlaceholderText);
    const QFont plain = font();
    QFont italic = plain;
    italic.setItalic(true);
    QFont smallItalic = italic;
    smallItalic.setPointSizeF(italic.pointSizeF() * 0.75);
    for (int s = 0; s < m_placed.size(); ++s) {
        const QRect row = m_rowRects[s];
        if (!row.intersects(dirty))
            continue;
        if (s == m_selected)
            painter.fillRect(row.adjusted(-2, -2, 2, 2), palette().color(QPalette::AlternateBase));
        painter.setPen(guessText);
        painter.drawText(QRect(kMargin, row.top(), kLabelWidth - 4, m_placed[s].isEmpty() ? 20 : m_placed[s][0].box.height()),
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
                // A guess longer than its box (sized for the final token) is drawn smaller, then elided.
                const QString guess = cell.text.trimmed();
                painter.setFont(QFontMetrics(italic).horizontalAdvance(guess) <= box.width() ? italic : smallItalic);
                painter.setPen(guessText);
                painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine,
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
            }
        }
    }
}

QPair<int, int> TokenView::cellAt(const QPoint &point) const
{
    for (int s = 0; s < m_placed.size(); ++s) {
        if (!m_rowRects[s].contains(point))
            continue;
        for (int p = 0; p < m_placed[s].size(); ++p)
            if (m_placed[s][p].box.contains(point))
                return {s, p};
    }
    return {-1, -1};
}

QRect TokenView::cellRect(int sequence, int position) const
{
    if (sequence < 0 || sequence >= m_placed.size() || position < 0 || position >= m_placed[sequence].size())
        return {};
    return m_placed[sequence][position].box;
}

void TokenView::mousePressEvent(QMouseEvent *event)
{
    const auto [sequence, position] = cellAt(event->position().toPoint());
    if (sequence >= 0)
        Q_EMIT cellClicked(sequence, position);
    QWidget::mousePressEvent(event);
}

bool TokenView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [sequence, position] = cellAt(help->pos());
        if (sequence >= 0 && m_toolTips)
            QToolTip::showText(help->globalPos(), m_toolTips(sequence, position), this, cellRect(sequence, position));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
