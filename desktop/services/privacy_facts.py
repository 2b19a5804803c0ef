"""What the app can say about privacy without the service: plain explanations of each consent, the retention
periods (§9), the kinds of processors (§5.1) and the privacy contacts (§15, §12). Our own wording.

The service's answers win when it can be reached; these keep the Privacy screens useful offline and signed out.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.privacy import ConsentKind, RetentionClass, RightsRequestType
from desktop.messages import N_

CONSENT_TEXT: dict[ConsentKind, tuple[str, str]] = {
    ConsentKind.ESSENTIAL: (
        N_("Messages", "Essential processing"),
        N_(
            "Messages",
            "What the service needs to run your account at all: signing in, keeping the projects you sync, billing "
            "and security checks. It cannot be switched off; deleting your account is how it ends.",
        ),
    ),
    ConsentKind.AI_TRAINING: (
        N_("Messages", "Use my code to train AI models"),
        N_(
            "Messages",
            "Lets CodeCraft use the code and requirements of your projects to improve its AI models. It stays off "
            "unless you switch it on yourself, and you can switch it off again at any time.",
        ),
    ),
    ConsentKind.ANALYTICS: (
        N_("Messages", "Usage and performance data"),
        N_(
            "Messages",
            "Lets this app send which screens you open, when it starts and how long operations take, so slow or "
            "broken parts can be found. Never your code, file names or project names.",
        ),
    ),
    ConsentKind.MARKETING: (
        N_("Messages", "Marketing"),
        N_(
            "Messages",
            "Lets CodeCraft use your contact details and activity for offers and advertising. "
            "Needed for marketing email.",
        ),
    ),
    ConsentKind.PREFERENCES: (
        N_("Messages", "Remember my preferences"),
        N_("Messages", "Lets the service keep your display and workflow choices between sessions and devices."),
    ),
}

AI_TRAINING_CONFIRMATION = N_(
    "Messages",
    "If you switch this on, CodeCraft may use the code and requirements of the projects you sync to train and "
    "improve its AI models. Code used for training cannot be taken back out of a model that has already been "
    "trained, but switching this off stops any further use from then on. Your code is still never shared with "
    "other clients. Switch it on?",
)

EMAIL_TEXT = {
    "project_updates": (
        N_("Messages", "Project updates"),
        N_("Messages", "News about the projects you work on with CodeCraft."),
    ),
    "delivery_notifications": (
        N_("Messages", "Delivery notifications"),
        N_("Messages", "Email when generated code or a review is delivered."),
    ),
    "product_news": (N_("Messages", "Product news"), N_("Messages", "Occasional email about new CodeCraft features.")),
    "marketing": (
        N_("Messages", "Marketing email"),
        N_("Messages", "Offers and promotions. Needs the marketing consent."),
    ),
}

RETENTION_PERIODS: dict[RetentionClass, str] = {
    RetentionClass.ACCOUNT_DATA: N_("Messages", "While the account exists, then 30 more days"),
    RetentionClass.PROJECT_CODE: N_("Messages", "90 days after the project is delivered"),
    RetentionClass.PAYMENT_RECORDS: N_("Messages", "7 years, as the law requires"),
    RetentionClass.ANALYTICS: N_("Messages", "2 years after collection, kept anonymised"),
    RetentionClass.MARKETING: N_("Messages", "Until you opt out, or after 3 years without activity"),
}

RETENTION_TITLES: dict[RetentionClass, str] = {
    RetentionClass.ACCOUNT_DATA: N_("Messages", "Account data"),
    RetentionClass.PROJECT_CODE: N_("Messages", "Project code"),
    RetentionClass.PAYMENT_RECORDS: N_("Messages", "Payment records"),
    RetentionClass.ANALYTICS: N_("Messages", "Analytics data"),
    RetentionClass.MARKETING: N_("Messages", "Marketing data"),
}

REQUEST_TEXT: dict[RightsRequestType, tuple[str, str]] = {
    RightsRequestType.ACCESS: (
        N_("Messages", "Access my data"),
        N_("Messages", "A copy of the personal data CodeCraft holds on you (a ZIP)."),
    ),
    RightsRequestType.CORRECTION: (
        N_("Messages", "Correct my details"),
        N_("Messages", "Fix your name, email address or company."),
    ),
    RightsRequestType.DELETION: (
        N_("Messages", "Delete my account data"),
        N_("Messages", "Your projects, files, analytics data and consents."),
    ),
    RightsRequestType.PORTABILITY: (
        N_("Messages", "Export my data"),
        N_("Messages", "Your data in a machine-readable format (a ZIP)."),
    ),
    RightsRequestType.RESTRICTION: (
        N_("Messages", "Restrict processing"),
        N_("Messages", "Limit how your data is used while a question is open."),
    ),
    RightsRequestType.OBJECTION: (
        N_("Messages", "Object to processing"),
        N_("Messages", "Opt out of uses based on legitimate interest."),
    ),
    RightsRequestType.WITHDRAW_CONSENT: (
        N_("Messages", "Withdraw all consents"),
        N_("Messages", "Every optional consent off at once."),
    ),
    RightsRequestType.OBJECT_AUTOMATED_DECISIONS: (
        N_("Messages", "Object to automated decisions"),
        N_("Messages", "Ask for a person to look at decisions made automatically about you."),
    ),
    RightsRequestType.CCPA_KNOW: (
        N_("Messages", "Know what is collected (CCPA)"),
        N_("Messages", "What is collected and whether it is disclosed."),
    ),
    RightsRequestType.CCPA_OPT_OUT_OF_SALE: (
        N_("Messages", "Opt out of sale (CCPA)"),
        N_("Messages", "Opt out of any sale of personal information. CodeCraft does not sell it."),
    ),
}


@dataclass(frozen=True)
class ProcessorInfo:
    category: str
    names: tuple[str, ...]
    receives: str


PROCESSORS = (
    ProcessorInfo(
        N_("Messages", "Payments"),
        ("Stripe", "EcommPay"),
        N_("Messages", "Card and billing details only; never project code."),
    ),
    ProcessorInfo(
        N_("Messages", "Hosting"),
        ("Amazon Web Services", "Google Cloud Platform"),
        N_("Messages", "Encrypted account and project data."),
    ),
    ProcessorInfo(
        N_("Messages", "Analytics"),
        ("Google Analytics", "Mixpanel"),
        N_("Messages", "Anonymised usage figures, only with consent."),
    ),
    ProcessorInfo(
        N_("Messages", "Email and support"), ("SendGrid", "Intercom"), N_("Messages", "Your name and email address.")
    ),
    ProcessorInfo(
        N_("Messages", "Expert reviewers"),
        (N_("Messages", "Vetted reviewers under a confidentiality agreement"),),
        N_("Messages", "The code they review."),
    ),
)


@dataclass(frozen=True)
class ContactInfo:
    role: str
    organisation: str
    email: str
    phone: str | None
    address: tuple[str, ...]


DPO = ContactInfo(
    N_("Messages", "Data Protection Officer"),
    "CodeCraft AI, Inc.",
    "privacy@codecraft.ai",
    "+1 (415) 555-0100",
    ("548 Market Street, Suite 35410", "San Francisco, CA 94104-5401", N_("Messages", "United States")),
)
EU_REPRESENTATIVE = ContactInfo(
    N_("Messages", "EU representative"),
    "CodeCraft EU Data Representative",
    "eu-privacy@codecraft.ai",
    None,
    ("Dublin, Ireland",),
)
SUPPORT_EMAIL = "support@codecraft.ai"
COMPLAINT_RIGHT = N_(
    "Messages",
    "If you believe your data is handled unlawfully, you may complain to a data protection supervisory "
    "authority, for example in the country where you live or work. You do not need to contact us first.",
)
SUPERVISORY_AUTHORITIES_URL = "https://edpb.europa.eu/about-edpb/about-edpb/members_en"
