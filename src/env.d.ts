declare module 'virtual:privacy-center/brands.css';
