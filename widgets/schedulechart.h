#pragma once

#include <QVector>
#include <QWidget>

class QChartView;

// The keep probability alpha over normalised time for a noise schedule, with an optional band
// (the spindle: from the most to the least informative token). The caller supplies the curves.
class ScheduleChart : public QWidget {
    Q_OBJECT

public:
    explicit ScheduleChart(QWidget *parent = nullptr);

    // times in [0, 1]; keep, bandLow, bandHigh of the same length (band may be empty).
    void setCurves(const QVector<double> &times, const QVector<double> &keep,
                   const QVector<double> &bandLow = {}, const QVector<double> &bandHigh = {});
    int pointCount() const { return m_points; }
    bool hasBand() const { return m_band; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QChartView *m_view = nullptr;
    int m_points = 0;
    bool m_band = false;
};
