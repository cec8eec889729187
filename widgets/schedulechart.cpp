#include "schedulechart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

ScheduleChart::ScheduleChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this)) {
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setMargins(QMargins(2, 2, 2, 2));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 180);
    retranslate();
}

void ScheduleChart::setCurves(const QVector<double> &times, const QVector<double> &keep,
                              const QVector<double> &bandLow, const QVector<double> &bandHigh) {
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_points = static_cast<int>(times.size());
    m_band =
        !bandLow.isEmpty() && bandLow.size() == times.size() && bandHigh.size() == times.size();
    auto *xAxis = new QValueAxis, *yAxis = new QValueAxis;
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (m_band) {
        auto *low = new QLineSeries, *high = new QLineSeries;
        for (int i = 0; i < times.size(); ++i) {
            low->append(times[i], bandLow[i]);
            high->append(times[i], bandHigh[i]);
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(tr("most to least informative token"));
        band->setBrush(QColor(0xE6, 0x9F, 0x00, 90));
        band->setPen(QPen(QColor(0xE6, 0x9F, 0x00), 1));
        chart->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
    }
    auto *line = new QLineSeries;
    line->setName(tr("keep probability (base)"));
    line->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    for (int i = 0; i < times.size(); ++i)
        line->append(times[i], keep[i]);
    chart->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    retranslate();
}

void ScheduleChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScheduleChart::retranslate() {
    QChart *chart = m_view->chart();
    chart->setTitle(tr("Keep probability over time"));
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (!horizontal.isEmpty())
        horizontal.first()->setTitleText(tr("t / T"));
    const auto vertical = chart->axes(Qt::Vertical);
    if (!vertical.isEmpty())
        vertical.first()->setTitleText(tr("alpha"));
}
