// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "session/inspectionrequest.h"
#include "session/transport.h"

#include <QObject>

#include <memory>

namespace MailInspect {

class InspectionPrivate;

/// Runs one inspection asynchronously on the event loop: resolve, connect,
/// greeting, capabilities, STARTTLS or implicit TLS, certificate check,
/// capabilities again, goodbye. Everything it sees goes into report() as it
/// happens; the signals tell observers (the GUI models) what changed.
/// No blocking waits, no threads; cancel() works at any moment.
class Inspection : public QObject
{
    Q_OBJECT
public:
    explicit Inspection(InspectionRequest request, QObject *parent = nullptr);
    ~Inspection() override;

    /// Where the connection comes from: a QSslSocket unless set. Tests pass
    /// an in-memory transport here to see the client's exact bytes. Call
    /// before start().
    void setTransportFactory(TransportFactory factory);

    void start();
    void cancel();
    bool isRunning() const;
    bool isFinished() const;

    const Report &report() const;
    const InspectionRequest &request() const;

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index);
    void transcriptAppended(int index);
    void tlsInfoChanged();
    /// The report is complete (diagnosis included). Emitted exactly once.
    void finished();

private:
    friend class InspectionPrivate;
    std::unique_ptr<InspectionPrivate> d;
};

} // namespace MailInspect
