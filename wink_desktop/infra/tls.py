"""TLS for the probes: contexts, fingerprints, and what a refused certificate looks like."""

from __future__ import annotations

import hashlib
import ssl

from wink_desktop.core.checks import CertificateInfo, CertificateProblem

# OpenSSL verification codes (x509_vfy.h) we explain to users.
_X509_CODES = {
    9: CertificateProblem.NOT_YET_VALID,
    10: CertificateProblem.EXPIRED,
    18: CertificateProblem.SELF_SIGNED,
    19: CertificateProblem.UNKNOWN_ISSUER,
    20: CertificateProblem.UNKNOWN_ISSUER,
    21: CertificateProblem.UNKNOWN_ISSUER,
    62: CertificateProblem.WRONG_HOST,
    64: CertificateProblem.WRONG_HOST,
}


def verifying_context() -> ssl.SSLContext:
    """The system trust store (honours ``SSL_CERT_FILE``/``SSL_CERT_DIR``), TLS 1.2+.

    Made fresh for every check, so a changed environment or trust store applies at once.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def inspecting_context() -> ssl.SSLContext:
    """A context that accepts any certificate.

    Only for pinned certificates (compared by fingerprint right after the handshake) and to
    show a refused certificate's details.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as ``AB:CD:…`` (what the certificate dialog shows)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def problem_from_verify_error(error: ssl.SSLCertVerificationError) -> CertificateProblem:
    """Why OpenSSL refused the certificate, in our terms."""
    return _X509_CODES.get(int(getattr(error, "verify_code", 0) or 0), CertificateProblem.OTHER)


def describe_certificate(der: bytes, problem: CertificateProblem) -> CertificateInfo:
    """Read what a user needs from a DER certificate (subject, issuer, names, dates)."""
    from cryptography import x509  # noqa: PLC0415 - only when a certificate is refused
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    cert = x509.load_der_x509_certificate(der)

    def common_name(name: x509.Name) -> str:
        values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(values[0].value) if values else name.rfc4514_string()

    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = tuple(
            [str(n) for n in san.get_values_for_type(x509.DNSName)]
            + [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
        )
    except x509.ExtensionNotFound:
        names = (common_name(cert.subject),)
    return CertificateInfo(
        subject=common_name(cert.subject),
        issuer=common_name(cert.issuer),
        names=names,
        not_before=cert.not_valid_before_utc.isoformat(),
        not_after=cert.not_valid_after_utc.isoformat(),
        sha256=fingerprint(der),
        problem=problem,
    )


def session_summary(sock: object) -> str:
    """``TLSv1.3 TLS_AES_256_GCM_SHA384`` for a secured socket (the step trace's detail)."""
    if isinstance(sock, ssl.SSLSocket):
        cipher = sock.cipher()
        return f"{sock.version()} {cipher[0] if cipher else ''}".strip()
    return ""
