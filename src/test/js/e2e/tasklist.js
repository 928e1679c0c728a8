// The browser harness: staff working in Tasklist and Cockpit, as they would. Each process's journey
// uses these few helpers: log in, start a process from its start form, open, claim and complete a
// task by its name, and fill form-js fields by their key.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');

const BASE_URL = process.env.E2E_BASE_URL || 'http://localhost:18080';
const ROOT = path.resolve(__dirname, '../../../..');
const SCREENSHOTS = path.join(ROOT, 'target', 'e2e-screenshots');
const WAIT_MS = 60_000;

// Debian's Chromium, never a downloaded browser; flags that work on a closed network.
async function launchBrowser() {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Waits until the service answers healthy (it is started from the built jar before the tests). */
async function waitForService() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${BASE_URL}/actuator/health`);
      if (response.ok && (await response.json()).status === 'UP') return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the service at ${BASE_URL} did not come up`);
}

/** One staff member in one browser page. */
class Staff {
  constructor(page, user, journey) {
    this.page = page;
    this.user = user;
    this.journey = journey;
    this.step = 0;
  }

  static async login(browser, user, { app = 'tasklist', password = 'demo', journey = 'journey' } = {}) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const staff = new Staff(page, user, journey);
    await page.goto(`${BASE_URL}/camunda/app/${app}/default/`);
    // The login form focuses its username field once it has rendered; typing before that can land
    // the password there. Wait until the page is settled, and check what was typed.
    await page.waitForLoadState('networkidle');
    for (let attempt = 1; ; attempt += 1) {
      await page.fill('input[placeholder=Username]', user);
      await page.fill('input[placeholder=Password]', password);
      if (await page.inputValue('input[placeholder=Username]') === user
        && await page.inputValue('input[placeholder=Password]') === password) break;
      if (attempt === 3) throw new Error(`the login form of ${app} did not take ${user}'s credentials`);
    }
    await page.click('button[type=submit]');
    try {
      await page.waitForSelector(app === 'cockpit' ? 'text=Processes' : 'text=Start process');
    } catch (notLoggedIn) {
      await staff.shot(`login-failed-${app}`);
      throw notLoggedIn;
    }
    await staff.shot(`logged-in-${app}`);
    return staff;
  }

  async shot(name) {
    this.step += 1;
    const file = `${this.journey}-${String(this.step).padStart(2, '0')}-${this.user}-${name}.png`;
    await this.page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
  }

  /**
   * A screenshot of one part of the page, whole: Cockpit scrolls its views inside a frame of the window's
   * height, so the window is made tall enough first.
   */
  async shotOf(selector, name) {
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width: viewport.width, height: 6000 });
    const box = await this.page.locator(selector).boundingBox();
    await this.page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(box.y + box.height + 40)) });
    this.step += 1;
    const file = `${this.journey}-${String(this.step).padStart(2, '0')}-${this.user}-${name}.png`;
    await this.page.locator(selector).screenshot({ path: path.join(SCREENSHOTS, file) });
    await this.page.setViewportSize(viewport);
  }

  /** Tasklist's "Start process": picks the process and fills its start form. */
  async startProcess(processName, formId, values) {
    await this.page.click('text=Start process');
    await this.page.click(`.modal-body >> text="${processName}"`);
    await this.fill(formId, values, this.page.locator('.modal-content'));
    await this.shot(`start-${formId}`);
    await this.page.click('.modal-footer button:has-text("Start")');
    await this.page.waitForSelector('.modal-content', { state: 'detached' });
  }

  /**
   * Waits until the group's list shows the task named so, for the case, and returns the whole list.
   * Notification steps run before a hand-off, so a task may take a few seconds to appear.
   */
  async waitForTask(taskName, caseReference) {
    const title = `${taskName} (${caseReference})`;
    // Ask the engine until the task is there (cheap), then reload the list once: reloading Tasklist
    // itself again and again is slow on a busy machine.
    const deadline = Date.now() + WAIT_MS;
    const query = `/task?processInstanceBusinessKey=${caseReference}&name=${encodeURIComponent(title)}`;
    while ((await rest(this.user, 'GET', query)).body.length === 0) {
      if (Date.now() > deadline) throw new Error(`${this.user} never got "${title}"`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Tasklist now and then stays on its loading spinner after a reload: load it again, up to three times.
    for (let attempt = 1; ; attempt += 1) {
      await this.page.reload();
      try {
        await this.page.waitForSelector("text=My group's tasks", { timeout: WAIT_MS / 2 });
        break;
      } catch (notShown) {
        if (attempt === 3) {
          await this.shot('task-list-not-shown');
          throw notShown;
        }
      }
    }
    await this.page.click("text=My group's tasks");
    await this.page.waitForSelector(`.tasks-list li.task h4 a:text-is("${title}")`, { timeout: WAIT_MS });
    return (await this.page.locator('.tasks-list li.task h4 a').allTextContents()).map((name) => name.trim());
  }

  /** Opens the task named so, for the case, once it is there. */
  async openTask(taskName, caseReference) {
    const title = `${taskName} (${caseReference})`;
    await this.waitForTask(taskName, caseReference);
    await this.page.click(`.tasks-list li.task h4 a:text-is("${title}")`);
    await this.page.waitForSelector(`.task-card h2.task:has-text("${title}")`);
  }

  async claim() {
    await this.page.click('.task-card :is(a, button):has-text("Claim")');
    await this.page.waitForSelector('.fjs-form:not(.fjs-disabled)');
    // Tasklist renders the form again when the claim's answers arrive: fill it once they have.
    await this.page.waitForLoadState('networkidle');
  }

  /** Claims, fills and completes the open task's form, and waits until Tasklist has taken it. */
  async complete(formId, values) {
    await this.claim();
    await this.fill(formId, values);
    await this.shot(`complete-${formId}`);
    await this.page.click('button:has-text("Complete")');
    try {
      await this.page.waitForSelector('text=Select a task in the list.', { timeout: WAIT_MS });
    } catch (notTaken) {
      await this.shot(`not-completed-${formId}`);
      throw notTaken;
    }
  }

  /** Fills form-js fields by key, with values as the form's schema names them (option values, ISO dates). */
  async fill(formId, values, scope = this.page) {
    const form = JSON.parse(fs.readFileSync(path.join(ROOT, 'forms', `${formId}.form`), 'utf8'));
    const fields = new Map();
    const collect = (components) => components.forEach((component) => {
      if (component.key) fields.set(component.key, component);
      collect(component.components || []);
    });
    collect(form.components);
    for (const [key, value] of Object.entries(values)) {
      const field = fields.get(key);
      if (!field) throw new Error(`${formId} has no field ${key}`);
      const id = (suffix = '') => scope.locator(`[id$="-Field_${key}${suffix}"]`);
      const optionIndex = (option) => {
        const index = field.values.findIndex((candidate) => candidate.value === option);
        if (index < 0) throw new Error(`${formId}.${key} offers no ${option}`);
        return index;
      };
      switch (field.type) {
        case 'textfield':
        case 'textarea':
        case 'number':
          await id().fill(String(value));
          break;
        case 'radio':
          await checkSettled(id(`-${optionIndex(value)}`));
          break;
        case 'checklist':
          for (const option of value) await checkSettled(id(`-${optionIndex(option)}`));
          break;
        case 'taglist':
          // Type part of each option's label, then pick it from the list that opens.
          for (const option of value) {
            const label = field.values[optionIndex(option)].label;
            await id().fill(label.slice(0, 3));
            await scope.locator(`.fjs-dropdownlist-item:text-is("${label}")`).click();
          }
          // Close the list, which would otherwise cover the fields below it.
          await id().press('Escape');
          await id().blur();
          break;
        case 'select': {
          const label = field.values[optionIndex(value)].label;
          // A searchable select is typed into, and narrows its list to what matches.
          if (field.searchable) await id().fill(label);
          else await id('-display').click();
          await scope.locator(`.fjs-dropdownlist-item:text-is("${label}")`).click();
          break;
        }
        case 'datetime': {
          // A date (2027-03-15), or a date and time with its offset (2027-03-15T09:30+03:00): the browser
          // enters the local time and adds its own offset, as staff at the mission would.
          const [date, time] = value.split('T');
          const [year, month, day] = date.split('-');
          const typedDate = `${month}/${day}/${year}`;
          // A field a condition has just shown may render again while it is filled: fill it until it holds.
          for (let attempt = 1; ; attempt += 1) {
            await id('-date').fill(typedDate);
            await id('-date').press('Enter');
            if (field.subtype === 'datetime') {
              await id('-time').fill(time.slice(0, 5));
              await id('-time').press('Enter');
            }
            // (the field shows the date without leading zeros: 3/15/2027)
            const shown = (await id('-date').inputValue()).split('/').map(Number);
            const held = shown.join('/') === [month, day, year].map(Number).join('/')
              && (field.subtype !== 'datetime' || await id('-time').inputValue() === time.slice(0, 5));
            if (held) break;
            if (attempt === 3) {
              throw new Error(`${formId}.${key} did not keep ${value}: it shows ${await id('-date').inputValue()}`
                + (field.subtype === 'datetime' ? ` ${await id('-time').inputValue()}` : ''));
            }
          }
          break;
        }
        default:
          throw new Error(`the harness cannot fill ${field.type} (${formId}.${key})`);
      }
    }
    // form-js may render the form again after a field changed (a searchable select closed) and drop
    // text typed meanwhile: fill what was lost until every text holds.
    const texts = Object.entries(values).filter(([key]) => ['textfield', 'textarea', 'number'].includes(fields.get(key).type));
    for (let pass = 1; ; pass += 1) {
      const lost = [];
      for (const [key, value] of texts) {
        const input = scope.locator(`[id$="-Field_${key}"]`);
        if (await input.inputValue() !== String(value)) lost.push([key, value]);
      }
      if (lost.length === 0) break;
      if (pass === 3) throw new Error(`${formId}: ${lost.map(([key]) => key).join(', ')} did not keep their text`);
      for (const [key, value] of lost) await scope.locator(`[id$="-Field_${key}"]`).fill(String(value));
    }
  }
}

/**
 * Ticks a radio button or checkbox. form-js may render the form again while a field is being ticked
 * (a condition on another field changed), and the tick is then lost: tick the new one.
 */
async function checkSettled(locator) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await locator.check();
      return;
    } catch (lost) {
      if (attempt === 3) throw lost;
    }
  }
}

/** The engine REST API, as a role user, for checks a browser cannot make. */
async function rest(user, method, pathAndQuery, body, password = 'demo') {
  return call(`${BASE_URL}/engine-rest${pathAndQuery}`, user, method, body, password);
}

/** The service's own API (/api), as a role user. */
async function api(user, method, pathAndQuery, body, password = 'demo') {
  return call(`${BASE_URL}/api${pathAndQuery}`, user, method, body, password);
}

async function call(url, user, method, body, password) {
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

module.exports = { BASE_URL, launchBrowser, waitForService, Staff, rest, api };
