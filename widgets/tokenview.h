// Rows of tokens, one row per sequence, wrapping like text: the denoising view. Each cell is
// masked (a grey box, optionally with the model's current guess greyed inside), revealed in the
// current step (filled by the model's confidence: Okabe-Ito vermillion < 0.3, orange < 0.7,
// bluish green otherwise) or revealed earlier (plain text). Revealed pieces of one word are drawn
// joined, as the decoded text reads, with a faint tick where one piece ends and the next begins;
// words are a space apart and wrap as whole words. Every mask box has one width, so a mask never
// gives away the length of the token under it; a guess widens its box only as far as the guess
// needs. The layout therefore follows the frame: it is redone (O(cells)) whenever a frame is set.
#pragma once

#include <QColor>
#include <QRect>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>

class TokenView : public QWidget {
    Q_OBJECT

public:
    // Fixed: given by a prompt (infilling), there from the start and never revealed.
    enum class CellState : quint8 { Masked, Guess, Revealed, RevealedNow, Fixed };
    struct Cell {
        QString text;  // the guess for Guess cells, else unused (the layout text is drawn)
        CellState state = CellState::Masked;
        float confidence = 0.0f;
    };

    explicit TokenView(QWidget *parent = nullptr);

    // One QStringList per sequence: the text of each cell once revealed (a leading space or line
    // break marks a word start; no word-boundary symbol such as SentencePiece's is expected).
    // Resets the frame to all masked.
    void setSequences(const QVector<QStringList> &texts);
    // Cells in sequence order, every sequence's cells concatenated.
    void setFrame(const QVector<Cell> &cells);
    const QVector<Cell> &frameCells() const { return m_cells; }
    // Called for the tooltip of a cell.
    void setToolTipProvider(std::function<QString(int sequence, int position)> provider);
    void setSelectedSequence(int sequence);
    int selectedSequence() const { return m_selected; }

    int sequenceCount() const { return m_texts.size(); }
    // The cell under a point in widget coordinates, or {-1, -1}.
    QPair<int, int> cellAt(const QPoint &point) const;
    QRect cellRect(int sequence, int position) const;
    // The width of every mask box (and the least width of a guess box).
    int maskWidth() const;

    static QColor confidenceColour(float confidence);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int sequence, int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed {
        QRect box;      // the token's box
        QString label;  // what is drawn when revealed (the text without its leading space)
        bool continuesWord = false;  // a piece after the first of its word
    };
    int layout(int width, QVector<QVector<Placed>> *placed, QVector<QRect> *rows) const;
    int cellWidth(int cell) const;
    void measureLabels();
    void relayout();

    QVector<QStringList> m_texts;
    QVector<int> m_labelWidths;  // per cell, the revealed label's advance in the view's font
    QVector<QVector<Placed>> m_placed;
    QVector<QRect> m_rowRects;
    QVector<int> m_firstCell;  // index of each sequence's first cell in m_cells
    QVector<Cell> m_cells;
    int m_laidOutWidth = -1;
    int m_height = 0;
    int m_selected = -1;
    std::function<QString(int, int)> m_toolTips;
};
