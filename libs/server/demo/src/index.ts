export { seedDemo } from './seed-demo';
export { DEMO_ACCOUNTS, DEMO_API_KEY, DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_REGION } from './demo-data';
