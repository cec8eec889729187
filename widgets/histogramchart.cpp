#include "histogramchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->hide();
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(180);
    retranslate();
}

void HistogramChart::setHistogram(const QVector<qint64> &counts, int bucketWidth,
                                  const QString &unit)
{
    m_counts = counts;
    m_bucketWidth = std::max(1, bucketWidth);
    m_unit = unit;

    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (m_counts.isEmpty()) {
        retranslate();
        return;
    }

    auto *set = new QBarSet(unit);
    set->setColor(QColor(0x00, 0x72, 0xB2));  // Okabe-Ito blue: readable for colour-blind users
    QStringList categories;
    qint64 peak = 0;
    for (int k = 0; k < m_counts.size(); ++k) {
        *set << static_cast<qreal>(m_counts[k]);
        peak = std::max(peak, m_counts[k]);
        // The bucket's lower edge: short enough to stay legible with thirty-odd bars.
        categories << QString::number(k * m_bucketWidth);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(set);
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    QFont labelFont = xAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.8);
    xAxis->setLabelsFont(labelFont);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, static_cast<qreal>(std::max<qint64>(peak, 1)));
    if (peak < 5)
        yAxis->setTickCount(static_cast<int>(std::max<qint64>(peak, 1)) + 1);  // whole numbers only
    else
        yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    retranslate();
}

void HistogramChart::clear()
{
    setHistogram({}, 1, QString());
}

void HistogramChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistogramChart::retranslate()
{
    QChart *chart = m_view->chart();
    chart->setTitle(m_counts.isEmpty() ? tr("No data") : tr("Length (%1) per sentence").arg(m_unit));
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (!horizontal.isEmpty())
        horizontal.first()->setTitleText(
            m_bucketWidth == 1 ? m_unit : tr("%1 (buckets of %2, lower edge shown)").arg(m_unit).arg(m_bucketWidth));
    const auto vertical = chart->axes(Qt::Vertical);
    if (!vertical.isEmpty())
        vertical.first()->setTitleText(tr("sentences"));
}
