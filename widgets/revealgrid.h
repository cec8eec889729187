// When each token of one sequence appeared: a positions (rows) x steps (columns) grid. A position
// is light while masked and takes a colour from the step that revealed it on (early dark blue to
// late yellow, viridis-like, readable without red/green); a vertical line marks the current step.
// Clicking a cell asks to jump to that step.
#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>

class RevealGrid : public QWidget {
    Q_OBJECT

public:
    explicit RevealGrid(QWidget *parent = nullptr);

    // revealSteps[p]: the step (1 ... steps) at which position p was revealed.
    // revealSteps: per position the step (1 ... steps) that revealed it; 0 for one fixed from the
    // start.
    void setSequence(const QVector<int> &revealSteps, int steps);
    void setCurrentStep(int step);
    int currentStep() const { return m_current; }
    // The step and position under a point, or {-1, -1}.
    QPair<int, int> cellAt(const QPoint &point) const;
    static QColor stepColour(double fraction);

    QSize sizeHint() const override { return QSize(360, 260); }
    QSize minimumSizeHint() const override { return QSize(120, 80); }

Q_SIGNALS:
    void cellClicked(int step, int position);

protected:
    void changeEvent(
        QEvent *event) override;  // its axis texts are painted: repaint in the new language
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;

    QVector<int> m_reveal;
    int m_steps = 0;
    int m_current = 0;
    QImage m_image;  // steps x positions, drawn scaled
};
