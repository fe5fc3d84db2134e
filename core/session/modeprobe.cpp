// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeprobe.h"

#include "protocol/dialect.h"
#include "protocol/linereader.h"
#include "tls/tlsfacts.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace MailInspect {

ModeProbe::ModeProbe(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dialect(createDialect(m_options.protocol, m_options.clientName))
{
    m_reader.setLiteralsEnabled(m_dialect->usesLiterals());
}

ModeProbe::~ModeProbe() = default;

ModeProbe::Options ModeProbe::optionsFor(const InspectionRequest &request,
                                         const QHostAddress &address, quint16 port,
                                         Security otherMode)
{
    Options options;
    options.host = request.host;
    options.address = address;
    options.port = port;
    options.protocol = request.protocol;
    options.security = otherMode;
    options.timeoutMs = request.timeoutMs;
    options.extraCaCertificates = request.extraCaCertificates;
    options.clientName = request.clientName.toUtf8();
    return options;
}

void ModeProbe::Result::recordInto(SessionFacts &facts, Security triedMode) const
{
    facts.modeCheckRan = true;
    facts.modeCheckSecurity = triedMode;
    facts.modeCheckSucceeded = succeeded;
    facts.modeCheckEvidence = evidence;
}

void ModeProbe::start()
{
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(64 * 1024);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    // Only the mode is in question here; the certificate was or will be
    // judged by the main inspection.
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(m_options.host);
    m_dialect->expect(Expect::Greeting);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // never before the time it names
    connect(timer, &QTimer::timeout, this, [this] {
        done(false,
             m_options.security == Security::ImplicitTls
                 ? tr("no TLS handshake within %1 s").arg(m_options.timeoutMs / 1000.0)
                 : tr("no plain-text greeting within %1 s").arg(m_options.timeoutMs / 1000.0));
    });
    timer->start(std::max(100, m_options.timeoutMs));

    connect(m_socket, &QSslSocket::connected, this, [this] {
        Q_EMIT lineRecorded(
            Direction::Event, false,
            tr("Connected again to try %1").arg(securityDisplayName(m_options.security)));
        if (m_options.security == Security::ImplicitTls) {
            Q_EMIT lineRecorded(Direction::Event, false, tr("TLS handshake started"));
            m_socket->startClientEncryption();
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_result.tlsProtocol = TlsFacts::protocolName(m_socket->sessionProtocol());
        Q_EMIT lineRecorded(Direction::Event, true,
                            tr("TLS established: %1, %2")
                                .arg(m_result.tlsProtocol, m_socket->sessionCipher().name()));
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { done(false, m_socket->errorString()); });
    m_socket->connectToHost(m_options.address, m_options.port);
}

void ModeProbe::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    while (!m_done) {
        const std::optional<QByteArray> line = m_reader.nextLine();
        if (!line)
            break;
        Q_EMIT lineRecorded(Direction::Server, m_socket->isEncrypted(), transcriptText(*line));
        if (auto reply = m_dialect->feed(*line)) {
            const QString first = transcriptText(reply->lines.constFirst()).left(120);
            if (reply->status == Reply::Status::Malformed) {
                done(false,
                     tr("the reply was not %1: %2")
                         .arg(protocolName(m_options.protocol).toUpper(), first));
            } else if (m_options.security == Security::ImplicitTls) {
                done(true,
                     tr("TLS handshake completed (%1) and the server greeted: %2")
                         .arg(m_result.tlsProtocol, first));
            } else {
                done(true, tr("the server sent a plain-text greeting: %1").arg(first));
            }
        }
    }
    if (m_reader.overflowed())
        done(false, tr("the server sent no line ends"));
}

void ModeProbe::done(bool succeeded, const QString &evidence)
{
    if (m_done)
        return;
    m_done = true;
    m_result.succeeded = succeeded;
    m_result.evidence = evidence;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

void ModeProbe::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

} // namespace MailInspect
