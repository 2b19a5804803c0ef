"""What the app can say about privacy without the service: plain explanations of each consent, the retention
periods (§9), the kinds of processors (§5.1) and the privacy contacts (§15, §12). Our own wording.

The service's answers win when it can be reached; these keep the Privacy screens useful offline and signed out.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.privacy import ConsentKind, RetentionClass, RightsRequestType

CONSENT_TEXT: dict[ConsentKind, tuple[str, str]] = {
    ConsentKind.ESSENTIAL: (
        "Essential processing",
        "What the service needs to run your account at all: signing in, keeping the projects you sync, billing "
        "and security checks. It cannot be switched off; deleting your account is how it ends.",
    ),
    ConsentKind.AI_TRAINING: (
        "Use my code to train AI models",
        "Lets CodeCraft use the code and requirements of your projects to improve its AI models. It stays off "
        "unless you switch it on yourself, and you can switch it off again at any time.",
    ),
    ConsentKind.ANALYTICS: (
        "Usage and performance data",
        "Lets this app send which screens you open, when it starts and how long operations take, so slow or "
        "broken parts can be found. Never your code, file names or project names.",
    ),
    ConsentKind.MARKETING: (
        "Marketing",
        "Lets CodeCraft use your contact details and activity for offers and advertising. Needed for marketing email.",
    ),
    ConsentKind.PREFERENCES: (
        "Remember my preferences",
        "Lets the service keep your display and workflow choices between sessions and devices.",
    ),
}

AI_TRAINING_CONFIRMATION = (
    "If you switch this on, CodeCraft may use the code and requirements of the projects you sync to train and "
    "improve its AI models. Code used for training cannot be taken back out of a model that has already been "
    "trained, but switching this off stops any further use from then on. Your code is still never shared with "
    "other clients. Switch it on?"
)

EMAIL_TEXT = {
    "project_updates": ("Project updates", "News about the projects you work on with CodeCraft."),
    "delivery_notifications": ("Delivery notifications", "Email when generated code or a review is delivered."),
    "product_news": ("Product news", "Occasional email about new CodeCraft features."),
    "marketing": ("Marketing email", "Offers and promotions. Needs the marketing consent."),
}

RETENTION_PERIODS: dict[RetentionClass, str] = {
    RetentionClass.ACCOUNT_DATA: "While the account exists, then 30 more days",
    RetentionClass.PROJECT_CODE: "90 days after the project is delivered",
    RetentionClass.PAYMENT_RECORDS: "7 years, as the law requires",
    RetentionClass.ANALYTICS: "2 years after collection, kept anonymised",
    RetentionClass.MARKETING: "Until you opt out, or after 3 years without activity",
}

RETENTION_TITLES: dict[RetentionClass, str] = {
    RetentionClass.ACCOUNT_DATA: "Account data",
    RetentionClass.PROJECT_CODE: "Project code",
    RetentionClass.PAYMENT_RECORDS: "Payment records",
    RetentionClass.ANALYTICS: "Analytics data",
    RetentionClass.MARKETING: "Marketing data",
}

REQUEST_TEXT: dict[RightsRequestType, tuple[str, str]] = {
    RightsRequestType.ACCESS: ("Access my data", "A copy of the personal data CodeCraft holds on you (a ZIP)."),
    RightsRequestType.CORRECTION: ("Correct my details", "Fix your name, email address or company."),
    RightsRequestType.DELETION: ("Delete my account data", "Your projects, files, analytics data and consents."),
    RightsRequestType.PORTABILITY: ("Export my data", "Your data in a machine-readable format (a ZIP)."),
    RightsRequestType.RESTRICTION: ("Restrict processing", "Limit how your data is used while a question is open."),
    RightsRequestType.OBJECTION: ("Object to processing", "Opt out of uses based on legitimate interest."),
    RightsRequestType.WITHDRAW_CONSENT: ("Withdraw all consents", "Every optional consent off at once."),
    RightsRequestType.OBJECT_AUTOMATED_DECISIONS: (
        "Object to automated decisions",
        "Ask for a person to look at decisions made automatically about you.",
    ),
    RightsRequestType.CCPA_KNOW: ("Know what is collected (CCPA)", "What is collected and whether it is disclosed."),
    RightsRequestType.CCPA_OPT_OUT_OF_SALE: (
        "Opt out of sale (CCPA)",
        "Opt out of any sale of personal information. CodeCraft does not sell it.",
    ),
}


@dataclass(frozen=True)
class ProcessorInfo:
    category: str
    names: tuple[str, ...]
    receives: str


PROCESSORS = (
    ProcessorInfo("Payments", ("Stripe", "EcommPay"), "Card and billing details only; never project code."),
    ProcessorInfo("Hosting", ("Amazon Web Services", "Google Cloud Platform"), "Encrypted account and project data."),
    ProcessorInfo("Analytics", ("Google Analytics", "Mixpanel"), "Anonymised usage figures, only with consent."),
    ProcessorInfo("Email and support", ("SendGrid", "Intercom"), "Your name and email address."),
    ProcessorInfo("Expert reviewers", ("Vetted reviewers under a confidentiality agreement",), "The code they review."),
)


@dataclass(frozen=True)
class ContactInfo:
    role: str
    organisation: str
    email: str
    phone: str | None
    address: tuple[str, ...]


DPO = ContactInfo(
    "Data Protection Officer",
    "CodeCraft AI, Inc.",
    "privacy@codecraft.ai",
    "+1 (415) 555-0100",
    ("548 Market Street, Suite 35410", "San Francisco, CA 94104-5401", "United States"),
)
EU_REPRESENTATIVE = ContactInfo(
    "EU representative", "CodeCraft EU Data Representative", "eu-privacy@codecraft.ai", None, ("Dublin, Ireland",)
)
SUPPORT_EMAIL = "support@codecraft.ai"
COMPLAINT_RIGHT = (
    "If you believe your data is handled unlawfully, you may complain to a data protection supervisory "
    "authority, for example in the country where you live or work. You do not need to contact us first."
)
SUPERVISORY_AUTHORITIES_URL = "https://edpb.europa.eu/about-edpb/about-edpb/members_en"
