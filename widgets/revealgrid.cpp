#include "revealgrid.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr int kLeft = 40, kBottom = 22, kTop = 6, kRight = 8;

}  // namespace

RevealGrid::RevealGrid(QWidget *parent) : QWidget(parent) {
    setMouseTracking(false);
}

QColor RevealGrid::stepColour(double fraction) {
    // Viridis, a few stops linearly interpolated: perceptually ordered, colour-blind safe.
    static const std::array<QColor, 5> stops = {QColor(0x44, 0x01, 0x54), QColor(0x3B, 0x52, 0x8B),
                                                QColor(0x21, 0x90, 0x8C), QColor(0x5D, 0xC8, 0x63),
                                                QColor(0xFD, 0xE7, 0x25)};
    const double scaled = std::clamp(fraction, 0.0, 1.0) * (stops.size() - 1);
    const int index = std::min(static_cast<int>(scaled), static_cast<int>(stops.size()) - 2);
    const double w = scaled - index;
    const QColor &a = stops[static_cast<std::size_t>(index)],
                 &b = stops[static_cast<std::size_t>(index) + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - w) + b.redF() * w),
                            static_cast<float>(a.greenF() * (1 - w) + b.greenF() * w),
                            static_cast<float>(a.blueF() * (1 - w) + b.blueF() * w));
}

void RevealGrid::setSequence(const QVector<int> &revealSteps, int steps) {
    m_reveal = revealSteps;
    m_steps = steps;
    m_image = QImage();
    if (steps > 0 && !revealSteps.isEmpty()) {
        m_image = QImage(steps, static_cast<int>(revealSteps.size()), QImage::Format_RGB32);
        const QRgb masked = qRgb(0xEE, 0xEE, 0xEE);
        for (int p = 0; p < revealSteps.size(); ++p) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(p));
            const int reveal = revealSteps[p];
            // A position fixed by a prompt (reveal step 0) in the Denoise page's pale blue.
            const QRgb colour =
                reveal <= 0 ? qRgb(0xD6, 0xE6, 0xF5)
                            : stepColour(steps > 1 ? (reveal - 1.0) / (steps - 1.0) : 1.0).rgb();
            for (int k = 1; k <= steps; ++k)  // column k-1 is step k
                line[k - 1] = k < reveal ? masked : colour;
        }
    }
    update();
}

void RevealGrid::setCurrentStep(int step) {
    if (step == m_current)
        return;
    m_current = step;
    update();
}

QRect RevealGrid::plotRect() const {
    return rect().adjusted(kLeft, kTop, -kRight, -kBottom);
}

QPair<int, int> RevealGrid::cellAt(const QPoint &point) const {
    const QRect plot = plotRect();
    if (m_image.isNull() || !plot.contains(point))
        return {-1, -1};
    const int step = 1 + std::min(m_steps - 1, static_cast<int>((point.x() - plot.left()) *
                                                                double(m_steps) / plot.width()));
    const int position = std::min(
        static_cast<int>(m_reveal.size()) - 1,
        static_cast<int>((point.y() - plot.top()) * double(m_reveal.size()) / plot.height()));
    return {step, position};
}

void RevealGrid::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    painter.setPen(palette().color(QPalette::Text));
    if (m_image.isNull()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No trajectory"));
        return;
    }
    painter.drawImage(plot, m_image);  // nearest-neighbour: each cell stays a crisp block
    painter.drawRect(plot.adjusted(0, 0, -1, -1));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.drawText(QRect(0, plot.top(), kLeft - 4, 14), Qt::AlignRight, QStringLiteral("1"));
    painter.drawText(QRect(0, plot.bottom() - 14, kLeft - 4, 14), Qt::AlignRight,
                     QString::number(m_reveal.size()));
    painter.save();
    painter.translate(10, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-50, -8, 100, 16), Qt::AlignCenter, tr("position"));
    painter.restore();
    painter.drawText(QRect(plot.left(), plot.bottom() + 2, 60, kBottom - 2),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("step 1"));
    painter.drawText(QRect(plot.right() - 80, plot.bottom() + 2, 80, kBottom - 2),
                     Qt::AlignRight | Qt::AlignVCenter, QString::number(m_steps));
    if (m_current >= 1 && m_current <= m_steps) {
        const double x = plot.left() + (m_current - 0.5) * plot.width() / m_steps;
        painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void RevealGrid::mousePressEvent(QMouseEvent *event) {
    const auto [step, position] = cellAt(event->position().toPoint());
    if (step >= 0)
        Q_EMIT cellClicked(step, position);
}

void RevealGrid::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);  // drag to scrub
}

bool RevealGrid::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [step, position] = cellAt(help->pos());
        if (step >= 0)
            QToolTip::showText(help->globalPos(),
                               tr("Position %1: revealed at step %2 (pointer at step %3)")
                                   .arg(position + 1)
                                   .arg(m_reveal[position])
                                   .arg(step),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RevealGrid::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}
