// <passkey-submit>: sits in a form beside a submit button named "__passkeySubmit". A click on that button asks the
// server for WebAuthn options, lets the browser create or use a passkey, and posts the form with the result as
// "<name>.CredentialJson" (or "<name>.Error"), so the page's own handler finishes the job on the server.
// Its messages come worded in the page's language from the component's text-* attributes: no human text lives here.
const passkeysWork =
    typeof navigator.credentials !== 'undefined' &&
    typeof window.PublicKeyCredential !== 'undefined' &&
    typeof window.PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
    typeof window.PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

async function optionsFrom(url, headers, signal, text) {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, signal });
    if (!response.ok) {
        throw new Error(response.status === 429 ? text('too-many') : text('server-failed'));
    }
    return await response.json();
}

async function credentialFor(operation, headers, signal, text) {
    if (!passkeysWork) {
        throw new Error(text('unsupported'));
    }
    if (operation === 'Create') {
        const options = await optionsFrom('account/passkey/creation-options', headers, signal, text);
        return await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options), signal });
    }
    const options = await optionsFrom('account/passkey/request-options', headers, signal, text);
    return await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options), signal });
}

customElements.define('passkey-submit', class extends HTMLElement {
    static formAssociated = true;

    connectedCallback() {
        this.internals = this.attachInternals();
        this.internals.form?.addEventListener('submit', event => {
            if (event.submitter?.name === '__passkeySubmit') {
                event.preventDefault();
                this.submitWithPasskey();
            }
        });
    }

    disconnectedCallback() {
        this.aborter?.abort();
    }

    async submitWithPasskey() {
        this.aborter?.abort();
        this.aborter = new AbortController();
        const name = this.getAttribute('name');
        const headers = { [this.getAttribute('request-token-name')]: this.getAttribute('request-token-value') };
        const text = key => this.getAttribute(`text-${key}`) ?? '';
        const data = new FormData();
        try {
            const credential = await credentialFor(this.getAttribute('operation'), headers, this.aborter.signal, text);
            data.append(`${name}.CredentialJson`, JSON.stringify(credential));
        } catch (error) {
            if (error.name === 'AbortError') {
                return;
            }
            data.append(`${name}.Error`, error.name === 'NotAllowedError' ? text('not-given') : error.message);
        }
        this.internals.setFormValue(data);
        this.internals.form.submit();
    }
});
