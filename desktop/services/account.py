"""The person's CodeCraft account: sign-up, sign-in (with a second factor), two-factor set-up, sign-out.

No Qt here: the UI calls these methods on its network worker, the CLI calls them directly. Every method that
talks to the service may block; none of them touches the vault, so working offline never waits on them.

Tokens go to the profile's ``TokenStore`` only. Where the system keyring is not secure they are kept in memory
for this run instead (``remembers_sign_in`` is False): nothing is written anywhere, and the person signs in
again next time.
"""

from __future__ import annotations

import enum
import io
import socket
import threading
import urllib.parse
from dataclasses import dataclass

import segno
from keyring.backend import KeyringBackend

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient, SignedIn, TotpRequired
from desktop.api.tokens import TokenStore
from desktop.api.transport import PROBE_TIMEOUT, RetryPolicy, Transport, check_base_url
from desktop.messages import N_, Message
from desktop.services.context import AppContext

SERVER_ENV = "CODECRAFT_SERVER"
SESSION_NOT_KEPT = N_(
    "Messages",
    "No secure system keychain was found, so your sign-in is kept only while CodeCraft runs: "
    "you'll need to sign in again next time.",
)


class MemoryTokenKeyring(KeyringBackend):
    """Keeps tokens in this process only. Never chosen by ``keyring`` itself (its priority is not viable)."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenKeyring({len(self._entries)} entries)"

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self._entries.pop((service, username), None)

    def is_empty(self) -> bool:
        with self._lock:
            return not self._entries


class Reachability(enum.Enum):
    ONLINE = "online"
    OFFLINE = "offline"  # no network, or the server address cannot be used
    UNREACHABLE = "unreachable"  # the network works but the service does not answer properly


@dataclass(frozen=True)
class OnlineStatus:
    state: Reachability
    reason: str = ""

    @property
    def online(self) -> bool:
        return self.state is Reachability.ONLINE


@dataclass(frozen=True)
class TotpSetup:
    """What the person needs to add CodeCraft to an authenticator app. Show it only until confirmed."""

    secret: str
    otpauth_uri: str
    qr_svg: bytes


def qr_svg(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=6, border=2, dark="#000000", light="#ffffff")
    return buffer.getvalue()


def _host_resolves(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return False
    try:
        socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    return True


class AccountService:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._memory = None if ctx.session.keeper.keyring_available() else MemoryTokenKeyring()
        self._adopted: ApiClient | None = None
        self._user: c.UserProfile | None = None
        self._probe: Transport | None = None
        self._lock = threading.Lock()

    # -- where and how ------------------------------------------------------------------------------------

    def server_url(self) -> str:
        return self._ctx.settings.server_url().rstrip("/")

    def set_server_url(self, url: str) -> None:
        """Remember ``url`` for this profile (``$CODECRAFT_SERVER`` still wins while it is set)."""
        check_base_url(url)
        self._ctx.settings.set("server_url", url.rstrip("/"))

    @property
    def remembers_sign_in(self) -> bool:
        """False when tokens live in memory only, for this run."""
        return self._memory is None

    def api(self) -> ApiClient:
        """The profile's one client; its tokens go to memory when the keyring is not secure."""
        client = self._ctx.api()
        if self._memory is not None and client is not self._adopted:
            client.tokens = TokenStore(self._memory, client.transport.base_url, self._ctx.profile_name)
            self._adopted = client
        return client

    # -- signing up, in and out ---------------------------------------------------------------------------

    def policy(self) -> c.PolicyInfo:
        return self.api().policy()

    def register(self, request: c.RegisterRequest) -> c.UserProfile:
        return self.api().register(request)

    def sign_in(self, username: str, password: str) -> c.UserProfile | TotpRequired:
        """Either the signed-in person's profile, or the pending sign-in that needs a second factor."""
        result = self.api().login(username.strip(), password)
        if isinstance(result, TotpRequired):
            return result
        return self.current_user(refresh=True) or self._unknown(result)

    def finish_sign_in(
        self, pending: TotpRequired, *, code: str | None = None, recovery_code: str | None = None
    ) -> c.UserProfile:
        code = code.replace(" ", "").strip() if code else None
        recovery_code = recovery_code.strip() if recovery_code else None
        result = self.api().verify_totp(pending, code=code, recovery_code=recovery_code)
        return self.current_user(refresh=True) or self._unknown(result)

    def sign_out(self) -> bool:
        """End the session on the service and forget it here. False when the service could not be told."""
        with self._lock:
            self._user = None
        try:
            self.api().logout()
        except errors.ApiError:
            self.api().tokens.clear()
            return False
        return True

    def change_password(self, current_password: str, new_password: str) -> None:
        self.api().change_password(current_password, new_password)

    # -- two-factor ---------------------------------------------------------------------------------------

    def begin_totp(self) -> TotpSetup:
        enrollment = self.api().enroll_totp()
        return TotpSetup(enrollment.secret, enrollment.otpauth_uri, qr_svg(enrollment.otpauth_uri))

    def confirm_totp(self, code: str) -> list[str]:
        """Turn two-factor on; returns the recovery codes, which the service never shows again."""
        codes = self.api().confirm_totp(code.replace(" ", "").strip())
        self.current_user(refresh=True)
        return codes

    # -- who ----------------------------------------------------------------------------------------------

    def is_signed_in(self) -> bool:
        """Whether a session is stored (reads the keyring; no network)."""
        return self.api().tokens.has_session()

    @property
    def cached_user(self) -> c.UserProfile | None:
        with self._lock:
            return self._user

    def current_user(self, refresh: bool = False) -> c.UserProfile | None:
        """The signed-in person (``me``), fetched once and then cached; None when nobody is signed in."""
        if not refresh and self.cached_user is not None:
            return self.cached_user
        if not self.is_signed_in():
            self._set_user(None)
            return None
        try:
            user = self.api().me()
        except errors.SessionExpired:
            self._set_user(None)
            raise
        self._set_user(user)
        return user

    def expert_profile(self) -> c.ExpertProfile | None:
        """The expert's public profile; None for client accounts."""
        user = self.current_user()
        if user is None or user.role != "expert":
            return None
        return self.api().expert_profile()

    def update_expert_profile(self, profile: c.ExpertProfile) -> c.ExpertProfile:
        return self.api().update_expert_profile(profile)

    # -- connectivity -------------------------------------------------------------------------------------

    def check_online(self) -> OnlineStatus:
        """One cheap GET of the policy, without retries: is the service there right now?"""
        url = self.server_url()
        try:
            probe = self._probe_for(url)
            probe.request("GET", c.POLICY)
        except errors.InsecureConnection as exc:
            return OnlineStatus(Reachability.OFFLINE, exc.full_text)
        except errors.ServiceUnavailable as exc:
            if exc.status is None and not _host_resolves(url):
                return OnlineStatus(
                    Reachability.OFFLINE, Message(N_("Messages", "This computer seems to have no network connection."))
                )
            return OnlineStatus(Reachability.UNREACHABLE, exc.text)
        except errors.ApiError as exc:
            return OnlineStatus(Reachability.UNREACHABLE, exc.text)
        return OnlineStatus(Reachability.ONLINE, Message(N_("Messages", "Connected to {url}"), {"url": url}))

    def close(self) -> None:
        with self._lock:
            probe, self._probe = self._probe, None
        if probe is not None:
            probe.close()

    # -- helpers ------------------------------------------------------------------------------------------

    def _probe_for(self, url: str) -> Transport:
        with self._lock:
            if self._probe is not None and self._probe.base_url == url:
                return self._probe
            old, self._probe = self._probe, None
        if old is not None:
            old.close()
        # The probe carries the same privacy headers (DNT, Sec-GPC) as every other request to the service.
        headers = [lambda: self.api().transport.common_headers()]
        probe = Transport(url, timeout=PROBE_TIMEOUT, retry=RetryPolicy(max_attempts=1), header_providers=headers)
        with self._lock:
            self._probe = probe
        return probe

    def _set_user(self, user: c.UserProfile | None) -> None:
        with self._lock:
            self._user = user

    @staticmethod
    def _unknown(result: SignedIn) -> c.UserProfile:
        raise errors.BadServerReply(
            N_("Messages", "Signed in as {username}, but the account could not be read."), username=result.username
        )
