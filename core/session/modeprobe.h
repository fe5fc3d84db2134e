// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/linereader.h"
#include "protocol/protocol.h"
#include "report/report.h"
#include "session/inspectionrequest.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>

#include <memory>

class QSslSocket;

namespace MailInspect {

class Dialect;

/// One short follow-up connection in another security mode, to confirm a
/// suspected wrong-mode setting: does the port answer with a plain greeting
/// (STARTTLS/plain port), or does a TLS handshake work (implicit-TLS port)?
/// Used by the Inspection after a tell-tale failure; asynchronous.
class ModeProbe : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host;
        QHostAddress address;
        quint16 port = 0;
        Protocol protocol = Protocol::Smtp;
        Security security = Security::StartTls; ///< the mode to try
        int timeoutMs = 10000;
        QList<QSslCertificate> extraCaCertificates;
        QByteArray clientName;
    };
    struct Result
    {
        bool succeeded = false;
        QString evidence; ///< what proves it, for people
        QString tlsProtocol;

        /// The facts the diagnosis reads: the mode tried and what it showed.
        void recordInto(SessionFacts &facts, Security triedMode) const;
    };
    /// The follow-up to @p request on the address and port it reached, in
    /// @p otherMode.
    static Options optionsFor(const InspectionRequest &request, const QHostAddress &address,
                              quint16 port, Security otherMode);

    ModeProbe(Options options, QObject *parent = nullptr);
    ~ModeProbe() override;

    void start();
    void cancel();
    Result result() const { return m_result; }

Q_SIGNALS:
    void lineRecorded(MailInspect::Direction direction, bool tls, const QString &text);
    void finished();

private:
    void onReadyRead();
    void done(bool succeeded, const QString &evidence);

    Options m_options;
    Result m_result;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<Dialect> m_dialect;
    LineReader m_reader;
    bool m_done = false;
};

} // namespace MailInspect
